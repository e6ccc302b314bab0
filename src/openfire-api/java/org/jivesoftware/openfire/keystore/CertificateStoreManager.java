// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.keystore;

import org.jivesoftware.openfire.spi.ConnectionType;

/** Stand-in for org.jivesoftware.openfire.keystore.CertificateStoreManager. */
public class CertificateStoreManager {

    public IdentityStore getIdentityStore(ConnectionType type) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
