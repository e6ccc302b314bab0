package org.conferencehelp.openfire;

import javax.annotation.Nonnull;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.live.ServerSettingsSource;
import org.jivesoftware.openfire.Connection;
import org.jivesoftware.openfire.ConnectionManager;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.server.ServerDialback;
import org.jivesoftware.openfire.spi.ConnectionListener;
import org.jivesoftware.openfire.spi.ConnectionType;

/**
 * Openfire's federation and connection settings, read through its connection listeners, which resolve defaults and
 * deprecated property names the way the server itself does.
 */
final class OpenfireServerSettings implements ServerSettingsSource {

    private final ConnectionManager connections;
    private final XMPPServerInfo serverInfo;

    OpenfireServerSettings(@Nonnull ConnectionManager connections, @Nonnull XMPPServerInfo serverInfo) {
        this.connections = connections;
        this.serverInfo = serverInfo;
    }

    @Override
    public ServerSettings read() {
        boolean federates = connections.isEnabled(ConnectionType.SOCKET_S2S, false)
                || connections.isEnabled(ConnectionType.SOCKET_S2S, true);
        ConnectionListener s2s = connections.getListener(ConnectionType.SOCKET_S2S, false);
        ConnectionListener c2s = connections.getListener(ConnectionType.SOCKET_C2S, false);
        FederationPolicy federation = new FederationPolicy(federates, tlsPolicy(s2s.getTLSPolicy()),
                ServerDialback.isEnabled(), s2s.acceptSelfSignedCertificates(), true);
        return new ServerSettings(federation, serverInfo.getHostname(),
                c2s != null ? c2s.getPort() : ServerSettings.DEFAULT_CLIENT_PORT, s2s.getPort());
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
