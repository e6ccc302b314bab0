package org.conferencehelp.live;

import java.util.List;
import org.conferencehelp.tls.Fingerprints;
import org.conferencehelp.tls.IdentityStoreKind;

/**
 * The server settings the page explains: how it federates, and where clients and servers connect (for the DANE
 * records, which name the host and port a certificate is presented on).
 *
 * @param listeners the XMPP listeners that are switched on, each presenting the certificates of its store
 * @param web       the public web server the pages are on, and what else it offers
 */
public record ServerSettings(FederationPolicy federation, String hostname, List<Listener> listeners,
                             PublicWeb web) {

    public static final int DEFAULT_CLIENT_PORT = 5222;
    public static final int DEFAULT_SERVER_PORT = 5269;

    /** A port that accepts XMPP connections: TLS from the first byte (Direct TLS), or after STARTTLS. */
    public record Listener(IdentityStoreKind store, boolean directTls, int port) {
    }

    public ServerSettings {
        listeners = List.copyOf(listeners);
    }

    /** On the secure port of the host name, offering nothing else. */
    public ServerSettings(FederationPolicy federation, String hostname, List<Listener> listeners) {
        this(federation, hostname, listeners, PublicWeb.plain(hostname));
    }

    /** These settings with another public web server. */
    public ServerSettings withWeb(PublicWeb web) {
        return new ServerSettings(federation, hostname, listeners, web);
    }

    /** A client and a server listener, both STARTTLS. */
    public ServerSettings(FederationPolicy federation, String hostname, int clientPort, int serverPort) {
        this(federation, hostname, List.of(new Listener(IdentityStoreKind.CLIENT, false, clientPort),
                new Listener(IdentityStoreKind.SERVER, false, serverPort)));
    }

    /** The listeners that present certificates of the given store. */
    public List<Listener> listeners(IdentityStoreKind store) {
        return listeners.stream().filter(listener -> listener.store() == store).toList();
    }

    /**
     * The DANE record (RFC 6698 usage 3 "domain-issued", selector 1 "public key", matching 1 "SHA-256") for a
     * certificate presented on the given listener, at the host and port RFC 7673 names for XMPP.
     */
    public String tlsaRecord(Listener listener, Fingerprints fingerprints) {
        return "_" + listener.port() + "._tcp." + hostname + ". IN TLSA 3 1 1 " + fingerprints.publicKeySha256Hex();
    }

    /** What the page shows when the settings cannot be read: the standard ports. */
    public static ServerSettings unknown(String hostname) {
        return new ServerSettings(FederationPolicy.UNKNOWN, hostname, DEFAULT_CLIENT_PORT, DEFAULT_SERVER_PORT);
    }
}
