package org.conferencehelp.tls;

/** Openfire's two identity stores whose certificates users meet: the one for clients and the one for servers. */
public enum IdentityStoreKind {
    /** Presented to XMPP clients (C2S, ports 5222/5223). */
    CLIENT,
    /** Presented to other XMPP servers when federating (S2S, ports 5269/5270). */
    SERVER
}
