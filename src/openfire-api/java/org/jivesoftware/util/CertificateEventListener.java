// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util;

import org.jivesoftware.openfire.keystore.CertificateStore;

/** Stand-in for org.jivesoftware.util.CertificateEventListener. */
public interface CertificateEventListener {

    void storeContentChanged(CertificateStore store);
}
