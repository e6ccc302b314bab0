// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.spi;

/** Stand-in for org.jivesoftware.openfire.spi.ConnectionType. */
public enum ConnectionType {
    SOCKET_S2S,
    SOCKET_C2S,
    BOSH_C2S,
    WEBADMIN,
    COMPONENT,
    CONNECTION_MANAGER;

    public boolean isClientOriented() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public String getPrefix() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public ConnectionType getFallback() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
