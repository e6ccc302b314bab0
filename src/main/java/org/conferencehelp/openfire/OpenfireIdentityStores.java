package org.conferencehelp.openfire;

import java.security.KeyStore;
import javax.annotation.Nonnull;
import org.conferencehelp.tls.IdentityStoreKind;
import org.conferencehelp.tls.IdentityStoreSource;
import org.jivesoftware.openfire.keystore.CertificateStoreManager;
import org.jivesoftware.openfire.keystore.IdentityStore;
import org.jivesoftware.openfire.spi.ConnectionType;

/** Openfire's client (C2S) and server (S2S) identity stores: the key stores whose certificates users meet. */
final class OpenfireIdentityStores implements IdentityStoreSource {

    private final CertificateStoreManager manager;

    OpenfireIdentityStores(@Nonnull CertificateStoreManager manager) {
        this.manager = manager;
    }

    @Override
    public KeyStore identityStore(IdentityStoreKind kind) {
        IdentityStore store = manager.getIdentityStore(kind == IdentityStoreKind.CLIENT
                ? ConnectionType.SOCKET_C2S : ConnectionType.SOCKET_S2S);
        return store == null ? null : store.getStore();
    }
}
