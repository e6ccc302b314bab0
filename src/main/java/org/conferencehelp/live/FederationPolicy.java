package org.conferencehelp.live;

/**
 * How this server federates with other XMPP servers (server-to-server), as the page explains it.
 *
 * @param enabled               whether other servers may connect at all
 * @param tls                   the server-to-server TLS policy
 * @param dialback              whether Server Dialback (XEP-0220) may authenticate any peer
 * @param acceptsSelfSigned     whether a peer's self-signed certificate is accepted in the TLS handshake
 * @param available             false when the settings could not be read; the page then says so
 * @param allowListOnly         whether only the servers the administrator listed may federate (Openfire's
 *                              "whitelist" permission policy)
 * @param dialbackForSelfSigned whether dialback is still allowed for a peer whose certificate is self-signed, when
 *                              it is off otherwise
 */
public record FederationPolicy(boolean enabled, TlsPolicy tls, boolean dialback, boolean acceptsSelfSigned,
                               boolean available, boolean allowListOnly, boolean dialbackForSelfSigned) {

    public enum TlsPolicy { REQUIRED, OPTIONAL, DISABLED }

    public static final FederationPolicy UNKNOWN = new FederationPolicy(false, TlsPolicy.OPTIONAL, false, false, false);

    /** Open to every server, with dialback for self-signed peers only when dialback is on anyway. */
    public FederationPolicy(boolean enabled, TlsPolicy tls, boolean dialback, boolean acceptsSelfSigned,
                            boolean available) {
        this(enabled, tls, dialback, acceptsSelfSigned, available, false, false);
    }

    /**
     * "Tries TLS and falls back to dialback": TLS is offered but not required, and a peer that cannot be
     * authenticated by its certificate (or does not use TLS) is still accepted when dialback verifies it.
     */
    public boolean triesTlsThenDialback() {
        return enabled && dialback && tls == TlsPolicy.OPTIONAL;
    }

    /** Dialback is off, but a peer with a self-signed certificate, accepted in the TLS handshake, may still use it. */
    public boolean dialbackOnlyForSelfSigned() {
        return !dialback && dialbackForSelfSigned && acceptsSelfSigned && tls != TlsPolicy.DISABLED;
    }
}
