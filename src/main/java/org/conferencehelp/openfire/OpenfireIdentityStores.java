package org.conferencehelp.openfire;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.annotation.Nonnull;
import org.conferencehelp.tls.IdentityStoreKind;
import org.conferencehelp.tls.IdentityStoreSource;
import org.conferencehelp.tls.PresentedCertificates;
import org.jivesoftware.openfire.ConnectionManager;
import org.jivesoftware.openfire.keystore.CertificateStoreManager;
import org.jivesoftware.openfire.keystore.IdentityStore;
import org.jivesoftware.openfire.spi.ConnectionListener;
import org.jivesoftware.openfire.spi.ConnectionType;
import org.jivesoftware.openfire.spi.EncryptionArtifactFactory;

/**
 * Openfire's client (C2S) and server (S2S) identity stores: the key stores whose certificates users meet, and what
 * their listeners present. For that, the same key manager Openfire builds for every handshake on a listener
 * (Direct TLS and STARTTLS of one kind share the store, so they present the same).
 */
record OpenfireIdentityStores(@Nonnull CertificateStoreManager manager, @Nonnull ConnectionManager connections)
        implements IdentityStoreSource {

    @Override
    public KeyStore identityStore(IdentityStoreKind kind) {
        IdentityStore store = manager.getIdentityStore(type(kind));
        return store == null ? null : store.getStore();
    }

    @Override
    public List<X509Certificate> presented(IdentityStoreKind kind) throws Exception {
        ConnectionListener listener = connections.getListener(type(kind), false);
        if (listener == null) {
            return List.of();
        }
        return PresentedCertificates.chosenBy(
                new EncryptionArtifactFactory(listener.generateConnectionConfiguration()).getKeyManagers());
    }

    private static ConnectionType type(IdentityStoreKind kind) {
        return kind == IdentityStoreKind.CLIENT ? ConnectionType.SOCKET_C2S : ConnectionType.SOCKET_S2S;
    }
}
