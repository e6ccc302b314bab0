// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.server;

/** Stand-in for org.jivesoftware.openfire.server.RemoteServerManager. */
public class RemoteServerManager {

    public static PermissionPolicy getPermissionPolicy() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    /** Stand-in for org.jivesoftware.openfire.server.RemoteServerManager.PermissionPolicy. */
    public enum PermissionPolicy {
        blacklist,
        whitelist
    }
}
