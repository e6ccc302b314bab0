// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.spi;

import org.jivesoftware.openfire.Connection;

/** Stand-in for org.jivesoftware.openfire.spi.ConnectionListener. */
public class ConnectionListener {

    private ConnectionListener() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public int getPort() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public Connection.TLSPolicy getTLSPolicy() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public boolean acceptSelfSignedCertificates() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public ConnectionConfiguration generateConnectionConfiguration() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
