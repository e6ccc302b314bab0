// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.muc;

/** Stand-in for org.jivesoftware.openfire.muc.MUCRoom. */
public class MUCRoom {

    public String getName() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public int getOccupantsCount() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isLocked() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public String getSubject() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public String getNaturalLanguageName() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public String getDescription() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isMembersOnly() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isPasswordProtected() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isPublicRoom() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
    public boolean isLogEnabled() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isLoginRestrictedToNickname() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public int getMaxUsers() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean isModerated() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean canAnyoneDiscoverJID() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
