// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.session;

/** Stand-in for org.jivesoftware.openfire.session.ConnectionSettings. */
public final class ConnectionSettings {

    private ConnectionSettings() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    /** Stand-in for org.jivesoftware.openfire.session.ConnectionSettings.Server. */
    public static final class Server {

        public static final String SOCKET_ACTIVE = "xmpp.server.socket.active";

        public static final String DIALBACK_ENABLED = "xmpp.server.dialback.enabled";

        public static final String TLS_POLICY = "xmpp.server.tls.policy";
    }
}
