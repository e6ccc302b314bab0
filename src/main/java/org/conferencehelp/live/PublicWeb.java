package org.conferencehelp.live;

import java.util.List;

/**
 * Where the public web server is, what else it offers that the pages link to, and whom visitors can ask for help.
 *
 * @param secure     whether the pages are linked to on the secure port (https), or the plain one
 * @param port       that port
 * @param webClient  whether a web chat app (Openfire's inVerse plugin) is served at {@link #WEB_CLIENT}
 * @param publicLogs whether logged rooms' conversations are published (the Monitoring plugin's {@link #PUBLIC_LOGS},
 *                   which shows the rooms of the service named {@code conference} only)
 * @param contacts   the addresses the server publishes for its administrators (XEP-0157), {@code xmpp:} and
 *                   {@code mailto:} URIs
 */
public record PublicWeb(boolean secure, int port, boolean webClient, boolean publicLogs, List<String> contacts) {

    public static final String WEB_CLIENT = "/inverse/";
    public static final String PUBLIC_LOGS = "/logs/";
    /** The only service whose logs the Monitoring plugin's viewer browses. */
    public static final String PUBLIC_LOGS_SERVICE = "conference";

    public PublicWeb {
        contacts = List.copyOf(contacts);
    }

    /** Openfire's default secure port, nothing else offered, nobody to contact. */
    public static PublicWeb openfireDefaults() {
        return new PublicWeb(true, 7443, false, false, List.of());
    }

    /**
     * The pages' address at a host name the server knows itself by (never one from a request), e.g.
     * {@code https://xmpp.example.org:7443}.
     */
    public String baseUrl(String host) {
        return (secure ? "https://" : "http://") + host + ":" + port;
    }

    /** The web chat app, opening a room once the visitor has signed in (Converse's own room link). */
    public String webClientRoom(String roomAddress) {
        return WEB_CLIENT + "#converse/room?jid=" + roomAddress;
    }

    /** Whether the published conversations of a logged room on the given service can be browsed. */
    public boolean publishesLogsOf(String serviceDomain, boolean logged) {
        return publicLogs && logged && serviceDomain.startsWith(PUBLIC_LOGS_SERVICE + ".");
    }
}
