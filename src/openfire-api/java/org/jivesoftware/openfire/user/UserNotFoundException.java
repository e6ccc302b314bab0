// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.user;

/** Stand-in for org.jivesoftware.openfire.user.UserNotFoundException. */
public class UserNotFoundException extends Exception {
}
