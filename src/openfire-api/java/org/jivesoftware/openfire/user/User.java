// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.user;

/** Stand-in for org.jivesoftware.openfire.user.User. */
public class User {

    public String getEmail() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
