package org.conferencehelp.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

/** Where the identity stores come from: Openfire's {@code CertificateStoreManager}, a key store file, or a test. */
@FunctionalInterface
public interface IdentityStoreSource {

    /**
     * The identity store of the given kind, or {@code null} when the server has none (yet).
     *
     * @throws Exception when the store exists but cannot be read; the page then says so instead of listing it
     */
    KeyStore identityStore(IdentityStoreKind kind) throws Exception;

    /**
     * The certificates the listeners of the given kind present to a client that names no server (see
     * {@link PresentedCertificates}); empty when that cannot be told, and the page then shows the certificates by
     * the names they cover only.
     */
    default List<X509Certificate> presented(IdentityStoreKind kind) throws Exception {
        return List.of();
    }
}
