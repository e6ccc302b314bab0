package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.List;
import org.conferencehelp.live.FederationPolicy.TlsPolicy;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.PublicWeb;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.tls.IdentityStoreKind;
import org.jivesoftware.openfire.Connection;
import org.jivesoftware.openfire.ConnectionManager;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.server.RemoteServerManager;
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
    private final ConnectionListener s2sDirect = mock(ConnectionListener.class);
    private RemoteServerManager.PermissionPolicy permission = RemoteServerManager.PermissionPolicy.blacklist;
    private boolean dialbackForSelfSigned;

    private ServerSettings read(boolean plain, boolean directTls, Connection.TLSPolicy policy, boolean dialback,
                                boolean selfSigned) {
        when(info.getHostname()).thenReturn("xmpp.example.org");
        when(connections.isEnabled(ConnectionType.SOCKET_S2S, false)).thenReturn(plain);
        when(connections.isEnabled(ConnectionType.SOCKET_S2S, true)).thenReturn(directTls);
        when(connections.isEnabled(ConnectionType.SOCKET_C2S, false)).thenReturn(true);
        when(connections.getListener(ConnectionType.SOCKET_S2S, false)).thenReturn(s2s);
        when(connections.getListener(ConnectionType.SOCKET_S2S, true)).thenReturn(s2sDirect);
        when(connections.getListener(ConnectionType.SOCKET_C2S, false)).thenReturn(c2s);
        when(s2sDirect.getPort()).thenReturn(5270);
        when(s2s.getTLSPolicy()).thenReturn(policy);
        when(s2s.acceptSelfSignedCertificates()).thenReturn(selfSigned);
        when(s2s.getPort()).thenReturn(5269);
        when(c2s.getPort()).thenReturn(5222);
        try (MockedStatic<ServerDialback> serverDialback = mockStatic(ServerDialback.class);
             MockedStatic<RemoteServerManager> remoteServers = mockStatic(RemoteServerManager.class)) {
            serverDialback.when(ServerDialback::isEnabled).thenReturn(dialback);
            serverDialback.when(ServerDialback::isEnabledForSelfSigned).thenReturn(dialbackForSelfSigned);
            remoteServers.when(RemoteServerManager::getPermissionPolicy).thenReturn(permission);
            OpenfirePublicWeb web = mock(OpenfirePublicWeb.class);
            when(web.read()).thenReturn(PublicWeb.openfireDefaults());
            return new OpenfireServerSettings(connections, info, web).read();
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
        assertEquals(List.of(new ServerSettings.Listener(IdentityStoreKind.CLIENT, false, 5222),
                new ServerSettings.Listener(IdentityStoreKind.SERVER, false, 5269),
                new ServerSettings.Listener(IdentityStoreKind.SERVER, true, 5270)), settings.listeners());
        assertTrue(settings.federation().acceptsSelfSigned());
    }

    @Test
    void leavesOutTheListenersThatAreSwitchedOff() {
        ServerSettings settings = read(true, false, Connection.TLSPolicy.optional, true, false);

        assertEquals(List.of(5222, 5269), settings.listeners().stream().map(ServerSettings.Listener::port).toList());
    }

    @ParameterizedTest(name = "{0}, dialback for self-signed {1}")
    @CsvSource({"whitelist,true", "blacklist,false"})
    void readsTheServerPermissionPolicyAndDialbackForSelfSignedPeers(RemoteServerManager.PermissionPolicy policy,
                                                                     boolean forSelfSigned) {
        permission = policy;
        dialbackForSelfSigned = forSelfSigned;
        FederationPolicy federation = read(true, false, Connection.TLSPolicy.required, false, true).federation();

        assertEquals(List.of(policy == RemoteServerManager.PermissionPolicy.whitelist, forSelfSigned),
                List.of(federation.allowListOnly(), federation.dialbackForSelfSigned()));
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
