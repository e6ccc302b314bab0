package org.conferencehelp.openfire;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nonnull;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.live.ServerSettingsSource;
import org.conferencehelp.tls.IdentityStoreKind;
import org.jivesoftware.openfire.Connection;
import org.jivesoftware.openfire.ConnectionManager;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.server.RemoteServerManager;
import org.jivesoftware.openfire.server.ServerDialback;
import org.jivesoftware.openfire.spi.ConnectionListener;
import org.jivesoftware.openfire.spi.ConnectionType;

/**
 * Openfire's federation and connection settings, read through its connection listeners, which resolve defaults and
 * deprecated property names the way the server itself does; and what its public web server offers.
 */
record OpenfireServerSettings(@Nonnull ConnectionManager connections, @Nonnull XMPPServerInfo serverInfo,
                              @Nonnull OpenfirePublicWeb web) implements ServerSettingsSource {

    @Override
    public ServerSettings read() {
        boolean federates = connections.isEnabled(ConnectionType.SOCKET_S2S, false)
                || connections.isEnabled(ConnectionType.SOCKET_S2S, true);
        ConnectionListener s2s = connections.getListener(ConnectionType.SOCKET_S2S, false);
        FederationPolicy federation = new FederationPolicy(federates, tlsPolicy(s2s.getTLSPolicy()),
                ServerDialback.isEnabled(), s2s.acceptSelfSignedCertificates(), true,
                RemoteServerManager.getPermissionPolicy() == RemoteServerManager.PermissionPolicy.whitelist,
                ServerDialback.isEnabledForSelfSigned());
        List<ServerSettings.Listener> listeners = new ArrayList<>();
        for (IdentityStoreKind store : IdentityStoreKind.values()) {
            ConnectionType type = store == IdentityStoreKind.CLIENT ? ConnectionType.SOCKET_C2S
                    : ConnectionType.SOCKET_S2S;
            for (boolean directTls : new boolean[] {false, true}) {
                ConnectionListener listener = connections.getListener(type, directTls);
                if (listener != null && connections.isEnabled(type, directTls)) {
                    listeners.add(new ServerSettings.Listener(store, directTls, listener.getPort()));
                }
            }
        }
        return new ServerSettings(federation, serverInfo.getHostname(), listeners).withWeb(web.read());
    }

    static FederationPolicy.TlsPolicy tlsPolicy(Connection.TLSPolicy policy) {
        if (policy == null) {
            return FederationPolicy.TlsPolicy.OPTIONAL; // Openfire's own default
        }
        return switch (policy) {
            case required, directTLS -> FederationPolicy.TlsPolicy.REQUIRED;
            case optional -> FederationPolicy.TlsPolicy.OPTIONAL;
            case disabled -> FederationPolicy.TlsPolicy.DISABLED;
        };
    }
}
