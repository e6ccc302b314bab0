// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.user;

/** Stand-in for org.jivesoftware.openfire.user.UserManager. */
public final class UserManager {

    private UserManager() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static UserManager getInstance() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public User getUser(String username) throws UserNotFoundException {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
