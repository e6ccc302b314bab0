// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util;

/** Stand-in for org.jivesoftware.util.CertificateManager. */
public class CertificateManager {

    public static void addListener(CertificateEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void removeListener(CertificateEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
