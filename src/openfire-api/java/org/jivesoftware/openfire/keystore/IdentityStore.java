// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.keystore;

/** Stand-in for org.jivesoftware.openfire.keystore.IdentityStore. */
public class IdentityStore extends CertificateStore {

    private IdentityStore() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
