package org.conferencehelp.preview;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.conferencehelp.tls.IdentityStoreKind;
import org.conferencehelp.tls.IdentityStoreSource;
import org.conferencehelp.tls.PresentedCertificates;

/** An identity store read from a key store file (JKS or PKCS12, as Openfire keeps them), used for both kinds. */
final class KeyStoreFile implements IdentityStoreSource {

    private final Path file;
    private final char[] password;

    KeyStoreFile(Path file, char[] password) {
        this.file = file;
        this.password = password.clone();
    }

    /** What a listener serving this store presents, chosen as Openfire's key manager chooses. */
    @Override
    public List<X509Certificate> presented(IdentityStoreKind kind) throws Exception {
        return PresentedCertificates.of(identityStore(kind), password);
    }

    @Override
    public KeyStore identityStore(IdentityStoreKind kind) throws Exception {
        // "JKS" in Java 9+ also reads PKCS12 files (keystore.type.compat), which covers both of Openfire's formats.
        KeyStore store = KeyStore.getInstance("JKS");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
