package org.conferencehelp.tls;

import java.security.KeyStore;

/** Where the identity stores come from: Openfire's {@code CertificateStoreManager}, a key store file, or a test. */
@FunctionalInterface
public interface IdentityStoreSource {

    /**
     * The identity store of the given kind, or {@code null} when the server has none (yet).
     *
     * @throws Exception when the store exists but cannot be read; the page then says so instead of listing it
     */
    KeyStore identityStore(IdentityStoreKind kind) throws Exception;
}
