package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.security.KeyStore;
import org.conferencehelp.tls.IdentityStoreKind;
import org.jivesoftware.openfire.ConnectionManager;
import org.jivesoftware.openfire.keystore.CertificateStoreManager;
import org.jivesoftware.openfire.keystore.IdentityStore;
import org.jivesoftware.openfire.spi.ConnectionType;
import org.junit.jupiter.api.Test;

class OpenfireIdentityStoresTest {

    private final CertificateStoreManager manager = mock(CertificateStoreManager.class);

    @Test
    void clientCertificatesComeFromTheC2sStoreAndServerCertificatesFromTheS2sStore() throws Exception {
        KeyStore c2s = KeyStore.getInstance("PKCS12");
        KeyStore s2s = KeyStore.getInstance("PKCS12");
        IdentityStore clientStore = store(c2s);
        IdentityStore serverStore = store(s2s);
        when(manager.getIdentityStore(ConnectionType.SOCKET_C2S)).thenReturn(clientStore);
        when(manager.getIdentityStore(ConnectionType.SOCKET_S2S)).thenReturn(serverStore);

        OpenfireIdentityStores stores = new OpenfireIdentityStores(manager, mock(ConnectionManager.class));

        assertSame(c2s, stores.identityStore(IdentityStoreKind.CLIENT));
        assertSame(s2s, stores.identityStore(IdentityStoreKind.SERVER));
    }

    @Test
    void aStoreOpenfireHasNotSetUpYetIsMissing() {
        assertNull(new OpenfireIdentityStores(manager, mock(ConnectionManager.class)).identityStore(IdentityStoreKind.CLIENT));
    }

    private static IdentityStore store(KeyStore keyStore) {
        IdentityStore store = mock(IdentityStore.class);
        when(store.getStore()).thenReturn(keyStore);
        return store;
    }
}
