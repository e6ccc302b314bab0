package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import org.conferencehelp.live.FederationPolicy.TlsPolicy;
import org.conferencehelp.live.ServerSettings;
import org.jivesoftware.openfire.Connection;
import org.jivesoftware.openfire.ConnectionManager;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.server.ServerDialback;
import org.jivesoftware.openfire.spi.ConnectionListener;
import org.jivesoftware.openfire.spi.ConnectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.MockedStatic;

class OpenfireServerSettingsTest {

    private final ConnectionManager connections = mock(ConnectionManager.class);
    private final XMPPServerInfo info = mock(XMPPServerInfo.class);
    private final ConnectionListener s2s = mock(ConnectionListener.class);
    private final ConnectionListener c2s = mock(ConnectionListener.class);

    private ServerSettings read(boolean plain, boolean directTls, Connection.TLSPolicy policy, boolean dialback,
                                boolean selfSigned) {
        when(info.getHostname()).thenReturn("xmpp.example.org");
        when(connections.isEnabled(ConnectionType.SOCKET_S2S, false)).thenReturn(plain);
        when(connections.isEnabled(ConnectionType.SOCKET_S2S, true)).thenReturn(directTls);
        when(connections.getListener(ConnectionType.SOCKET_S2S, false)).thenReturn(s2s);
        when(connections.getListener(ConnectionType.SOCKET_C2S, false)).thenReturn(c2s);
        when(s2s.getTLSPolicy()).thenReturn(policy);
        when(s2s.acceptSelfSignedCertificates()).thenReturn(selfSigned);
        when(s2s.getPort()).thenReturn(5269);
        when(c2s.getPort()).thenReturn(5222);
        try (MockedStatic<ServerDialback> serverDialback = mockStatic(ServerDialback.class)) {
            serverDialback.when(ServerDialback::isEnabled).thenReturn(dialback);
            return new OpenfireServerSettings(connections, info).read();
        }
    }

    @Test
    void readsFederationThroughTheServerToServerListener() {
        ServerSettings settings = read(true, false, Connection.TLSPolicy.optional, true, false);

        assertTrue(settings.federation().enabled());
        assertEquals(TlsPolicy.OPTIONAL, settings.federation().tls());
        assertTrue(settings.federation().dialback());
        assertFalse(settings.federation().acceptsSelfSigned());
        assertTrue(settings.federation().triesTlsThenDialback());
    }

    @Test
    void readsHostAndPortsForTheDaneRecords() {
        ServerSettings settings = read(true, true, Connection.TLSPolicy.required, false, true);

        assertEquals("xmpp.example.org", settings.hostname());
        assertEquals(5222, settings.clientPort());
        assertEquals(5269, settings.serverPort());
        assertTrue(settings.federation().acceptsSelfSigned());
    }

    @ParameterizedTest
    @CsvSource({"true,false,true", "false,true,true", "false,false,false"})
    void federatesWhenEitherServerListenerIsEnabled(boolean plain, boolean directTls, boolean federates) {
        assertEquals(federates, read(plain, directTls, Connection.TLSPolicy.optional, true, false)
                .federation().enabled());
    }

    @ParameterizedTest
    @CsvSource({"required,REQUIRED", "optional,OPTIONAL", "disabled,DISABLED", "directTLS,REQUIRED"})
    void mapsEveryOpenfireTlsPolicy(Connection.TLSPolicy openfire, TlsPolicy ours) {
        assertEquals(ours, OpenfireServerSettings.tlsPolicy(openfire));
    }
}
