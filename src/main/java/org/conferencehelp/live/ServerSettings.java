package org.conferencehelp.live;

import org.conferencehelp.tls.Fingerprints;
import org.conferencehelp.tls.IdentityStoreKind;

/**
 * The server settings the page explains: how it federates, and where clients and servers connect (for the DANE
 * records, which name the host and port a certificate is presented on).
 */
public record ServerSettings(FederationPolicy federation, String hostname, int clientPort, int serverPort) {

    public static final int DEFAULT_CLIENT_PORT = 5222;
    public static final int DEFAULT_SERVER_PORT = 5269;

    /** The port on which certificates of the given store are presented. */
    public int port(IdentityStoreKind store) {
        return store == IdentityStoreKind.CLIENT ? clientPort : serverPort;
    }

    /**
     * The DANE record (RFC 6698 usage 3 "domain-issued", selector 1 "public key", matching 1 "SHA-256") for a
     * certificate presented by the given store, at the host and port RFC 7673 names for XMPP.
     */
    public String tlsaRecord(IdentityStoreKind store, Fingerprints fingerprints) {
        return "_" + port(store) + "._tcp." + hostname + ". IN TLSA 3 1 1 " + fingerprints.publicKeySha256Hex();
    }

    /** What the page shows when the settings cannot be read. */
    public static ServerSettings unknown(String hostname) {
        return new ServerSettings(FederationPolicy.UNKNOWN, hostname, DEFAULT_CLIENT_PORT, DEFAULT_SERVER_PORT);
    }
}
