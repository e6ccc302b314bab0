package org.conferencehelp.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the pages say they are: the server's own host name, and in a cluster the same one on every node. */
class PagesBaseUrlTest {

    private static final ServerSettings NODE_B = new ServerSettings(FederationPolicy.UNKNOWN, "b.example.org",
            List.of());

    @Test
    void aServerOnItsOwnNamesItsOwnHostOnTheSecurePort() {
        assertEquals("https://b.example.org:7443", NODE_B.pagesBaseUrl());
        assertEquals("http://b.example.org:7070",
                NODE_B.withWeb(new PublicWeb(false, 7070, false, false, List.of())).pagesBaseUrl());
    }

    @Test
    void everyNodeOfAClusterNamesTheSameHost() {
        List<String> hosts = List.of("a.example.org", "b.example.org");
        ServerSettings nodeA = new ServerSettings(FederationPolicy.UNKNOWN, "a.example.org", List.of());

        assertEquals(List.of("https://a.example.org:7443", "https://a.example.org:7443"),
                List.of(nodeA.withClusterHosts(hosts).pagesBaseUrl(), NODE_B.withClusterHosts(hosts).pagesBaseUrl()));
    }
}
