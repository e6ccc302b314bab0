// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.server;

/** Stand-in for org.jivesoftware.openfire.server.ServerDialback. */
public class ServerDialback {

    private ServerDialback() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean isEnabled() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean isEnabledForSelfSigned() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
