package org.conferencehelp.live;

/**
 * How this server federates with other XMPP servers (server-to-server), as the page explains it.
 *
 * @param enabled           whether other servers may connect at all
 * @param tls               the server-to-server TLS policy
 * @param dialback          whether Server Dialback (XEP-0220) may authenticate a peer
 * @param acceptsSelfSigned whether a peer's self-signed certificate is accepted
 * @param available         false when the settings could not be read; the page then says so
 */
public record FederationPolicy(boolean enabled, TlsPolicy tls, boolean dialback, boolean acceptsSelfSigned,
                               boolean available) {

    public enum TlsPolicy { REQUIRED, OPTIONAL, DISABLED }

    public static final FederationPolicy UNKNOWN = new FederationPolicy(false, TlsPolicy.OPTIONAL, false, false, false);

    /**
     * "Tries TLS and falls back to dialback": TLS is offered but not required, and a peer that cannot be
     * authenticated by its certificate (or does not use TLS) is still accepted when dialback verifies it.
     */
    public boolean triesTlsThenDialback() {
        return enabled && dialback && tls == TlsPolicy.OPTIONAL;
    }
}
