package org.conferencehelp.live;

import java.util.List;
import org.conferencehelp.tls.Fingerprints;
import org.conferencehelp.tls.IdentityStoreKind;

/**
 * The server settings the page explains: how it federates, and where clients and servers connect (for the DANE
 * records, which name the host and port a certificate is presented on).
 *
 * @param hostname     the host name this server knows itself by (Openfire's {@code fqdn}; per node in a cluster)
 * @param listeners    the XMPP listeners that are switched on, each presenting the certificates of its store
 * @param web          the public web server the pages are on, and what else it offers
 * @param clusterHosts in a cluster, every node's host name, sorted, each once (a client may reach any node); empty for
 *                     a server on its own
 */
public record ServerSettings(FederationPolicy federation, String hostname, List<Listener> listeners,
                             PublicWeb web, List<String> clusterHosts) {

    public static final int DEFAULT_CLIENT_PORT = 5222;
    public static final int DEFAULT_SERVER_PORT = 5269;

    /** A port that accepts XMPP connections: TLS from the first byte (Direct TLS), or after STARTTLS. */
    public record Listener(IdentityStoreKind store, boolean directTls, int port) {
    }

    public ServerSettings {
        listeners = List.copyOf(listeners);
        clusterHosts = List.copyOf(clusterHosts);
    }

    /** The settings of a server on its own, on the secure port of its host name, offering nothing else. */
    public ServerSettings(FederationPolicy federation, String hostname, List<Listener> listeners) {
        this(federation, hostname, listeners, PublicWeb.openfireDefaults(), List.of());
    }

    /** The same settings, served by the nodes of a cluster with these host names. */
    public ServerSettings withClusterHosts(List<String> hosts) {
        return new ServerSettings(federation, hostname, listeners, web, hosts);
    }

    /** These settings with another public web server. */
    public ServerSettings withWeb(PublicWeb web) {
        return new ServerSettings(federation, hostname, listeners, web, clusterHosts);
    }

    /** The host names clients may reach this server by: every node's in a cluster, else its own. */
    public List<String> hosts() {
        return clusterHosts.isEmpty() ? List.of(hostname) : clusterHosts;
    }

    /**
     * Where the pages are, e.g. {@code https://xmpp.example.org:7443}: at the host name the server knows itself by;
     * in a cluster at the first of the nodes' names, so that every node names the same one.
     */
    public String pagesBaseUrl() {
        return web.baseUrl(hosts().get(0));
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
        return tlsaRecord(listener, hostname, fingerprints);
    }

    /** Like {@link #tlsaRecord(Listener, Fingerprints)}, at the given host (one of {@link #hosts()}). */
    public String tlsaRecord(Listener listener, String host, Fingerprints fingerprints) {
        return "_" + listener.port() + "._tcp." + host + ". IN TLSA 3 1 1 " + fingerprints.publicKeySha256Hex();
    }

    /** What the page shows when the settings cannot be read: the standard ports. */
    public static ServerSettings unknown(String hostname) {
        return new ServerSettings(FederationPolicy.UNKNOWN, hostname, DEFAULT_CLIENT_PORT, DEFAULT_SERVER_PORT);
    }
}
