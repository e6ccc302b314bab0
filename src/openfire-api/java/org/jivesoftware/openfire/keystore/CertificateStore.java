// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.keystore;

import java.security.KeyStore;

/** Stand-in for org.jivesoftware.openfire.keystore.CertificateStore. */
public abstract class CertificateStore {

    // Package-private only so that IdentityStore can extend this class; no such constructor exists in Openfire.
    CertificateStore() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public KeyStore getStore() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
