package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.conferencehelp.HelpSite;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.live.SiteSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two help sites as the two nodes of a cluster, each on its own real Jetty, behind an imagined load balancer: the
 * same state gives the same bytes and the same entity tag from either node, whatever their clocks say; what one node
 * hears of reaches the other; the certificates are every node's.
 */
class ClusterPagesTest {

    private static final String NODE_A = "a-node";
    private static final String NODE_B = "b-node";
    private static final String[] PAGES = {TestSite.PAGE, TestSite.DEFINITIONS, TestSite.JSON,
            TestSite.PAGE + "?lang=de", "/help/rooms/lobby@conference.example.org/"};

    private final InMemoryCluster cluster = new InMemoryCluster();
    private final List<TestSite> sites = new ArrayList<>();
    private volatile List<ServiceListing> services = TestSite.defaultServices();

    @AfterEach
    void stop() throws Exception {
        for (TestSite site : sites) {
            site.close();
        }
    }

    @Test
    void everyNodeServesTheSameBytesAndEntityTagEvenWithClocksApart() throws Exception {
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());
        TestSite b = node(NODE_B, Clock.offset(TestSite.CLOCK, Duration.ofSeconds(-7)), TestSite.defaultKeyStore());

        for (String page : PAGES) {
            TestSite.Response fromA = a.get(page);
            TestSite.Response fromB = b.get(page);
            assertEquals(200, fromA.status(), page);
            assertArrayEquals(fromA.body(), fromB.body(), page);
            assertNotNull(fromA.header("ETag"), page);
            assertEquals(fromA.header("ETag"), fromB.header("ETag"), page);
            assertNull(fromA.header("Last-Modified"), page + ": each node would state its own instant");
        }
    }

    @Test
    void anEntityTagFromOneNodeIsCurrentOnTheOther() throws Exception {
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());
        TestSite b = node(NODE_B, Clock.offset(TestSite.CLOCK, Duration.ofSeconds(-7)), TestSite.defaultKeyStore());

        String etag = a.get(TestSite.PAGE).header("ETag");

        assertEquals(304, b.get(TestSite.PAGE, "If-None-Match", etag).status());
    }

    @Test
    void theJsonViewStatesNoInstantOfOneNode() throws Exception {
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());

        assertFalse(a.get(TestSite.JSON).json().has("updated"));
        assertFalse(a.get(TestSite.JSON).json().has("differingNodes"), "both nodes present the same");
    }

    @Test
    void aRoomChangeHeardOfOnOneNodeShowsOnTheOther() throws Exception {
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());
        TestSite b = node(NODE_B, TestSite.CLOCK, TestSite.defaultKeyStore());
        assertFalse(b.get(TestSite.PAGE).text().contains("Newcomers"));

        services = withRoom(new RoomListing("newcomers", "Newcomers", "", "", 1, true, false, false, false));
        a.site().roomChanged("newcomers@" + TestSite.SERVICE); // the room event, heard on node A only

        assertTrue(b.get(TestSite.PAGE).text().contains("Newcomers"));
        assertArrayEquals(a.get(TestSite.PAGE).body(), b.get(TestSite.PAGE).body());
    }

    @Test
    void aRoomChangeOnlyFoundElsewhereIsNotAnnouncedAgain() throws Exception {
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());
        TestSite b = node(NODE_B, TestSite.CLOCK, TestSite.defaultKeyStore());
        services = withRoom(new RoomListing("newcomers", "Newcomers", "", "", 1, true, false, false, false));
        int[] heardOnA = {0};
        InMemoryCluster.Node listener = cluster.join("c-listener");
        listener.listen(new CountingChanges(heardOnA));

        b.site().roomsChangedElsewhere(List.of("newcomers@" + TestSite.SERVICE));

        assertEquals(0, heardOnA[0], "a refresh asked for by another node announces nothing");
        a.site().roomChanged("newcomers@" + TestSite.SERVICE);
        assertEquals(1, heardOnA[0], "a change heard of and found on node A is announced");
        a.site().roomChanged("newcomers@" + TestSite.SERVICE);
        assertEquals(1, heardOnA[0], "nothing changed any more: nothing announced");
    }

    @Test
    void nodesPresentingDifferentCertificatesAreListedTogetherAndSaidToDifferOnEveryNode() throws Exception {
        KeyStore other = TestSite.newKeyStore();
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());
        TestSite b = node(NODE_B, TestSite.CLOCK, other);

        String sentence = "This server runs as 2 nodes that do not all present the same certificates";
        for (TestSite site : List.of(a, b)) {
            String page = site.get(TestSite.PAGE).text();
            assertTrue(page.contains(sha256(TestSite.defaultKeyStore())), "node A's certificate");
            assertTrue(page.contains(sha256(other)), "node B's certificate");
            assertTrue(page.contains(sentence), page);
            assertEquals(2, site.get(TestSite.JSON).json().get("differingNodes").asInt());
        }
        assertEquals(a.get(TestSite.PAGE).header("ETag"), b.get(TestSite.PAGE).header("ETag"));
    }

    @Test
    void aNodeThatLeftNoLongerCounts() throws Exception {
        KeyStore other = TestSite.newKeyStore();
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());
        node(NODE_B, TestSite.CLOCK, other);

        cluster.leave(NODE_B);

        // Still true of the cluster until then: it may stay among the previous certificates, not the current ones.
        assertFalse(a.get(TestSite.JSON).json().get("certificates").toString().contains(sha256(other)),
                "node B's certificate went with it");
        assertFalse(a.get(TestSite.PAGE).text().contains("do not all present the same certificates"));
    }

    @Test
    void nodesThatHearNoClusterEventsServeTheSamePageFromTheNextCheckOn() throws Exception {
        // Openfire hands the cluster's events over minutes late while it handles a join with many rooms.
        KeyStore other = TestSite.newKeyStore();
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore(), "xmpp." + TestSite.DOMAIN, false);
        TestSite b = node(NODE_B, TestSite.CLOCK, other, "xmpp." + TestSite.DOMAIN, false);
        String otherFingerprint = sha256(other);
        assertFalse(a.get(TestSite.PAGE).text().contains(otherFingerprint), "node A has heard nothing of node B yet");

        a.site().start();
        b.site().start();

        awaitOn(a, page -> page.contains(otherFingerprint));
        for (String page : PAGES) {
            assertArrayEquals(a.get(page).body(), b.get(page).body(), page);
            assertEquals(a.get(page).header("ETag"), b.get(page).header("ETag"), page);
        }
        assertTrue(b.get(TestSite.PAGE).text().contains(sha256(TestSite.defaultKeyStore())));
    }

    @Test
    void aNodeGoneBeforeAnyEventSaidSoDropsOutAtTheNextCheck() throws Exception {
        KeyStore other = TestSite.newKeyStore();
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore(), "xmpp." + TestSite.DOMAIN, false);
        node(NODE_B, TestSite.CLOCK, other, "xmpp." + TestSite.DOMAIN, false);
        String otherFingerprint = sha256(other);
        a.site().start();
        awaitOn(a, page -> page.contains(otherFingerprint));

        cluster.vanish(NODE_B);

        // It may stay among the previous certificates (it was the cluster's until then), not the current ones.
        awaitOn(a, page -> !page.contains("do not all present the same certificates"));
        assertFalse(a.get(TestSite.JSON).json().get("certificates").toString().contains(otherFingerprint));
    }

    @Test
    void aNodeThatHearsNoEventsReadsTheSeniorMembersHistoryAtTheNextCheck() throws Exception {
        KeyStore renewed = TestSite.newKeyStore();
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore(), "xmpp." + TestSite.DOMAIN, false);
        TestSite b = node(NODE_B, TestSite.CLOCK, TestSite.defaultKeyStore(), "xmpp." + TestSite.DOMAIN, false);
        String replaced = sha256(TestSite.defaultKeyStore());
        b.get(TestSite.JSON); // node B has read the (empty) history before the renewal

        a.replaceKeyStore(renewed); // both nodes renewed; node A, the senior member, keeps the history
        b.replaceKeyStore(renewed);
        assertFalse(b.get(TestSite.JSON).json().get("previousCertificates").toString().contains(replaced),
                "node B has not heard of the history yet");
        a.site().start();
        b.site().start();

        awaitOn(b, page -> page.contains(replaced));
        assertEquals(a.get(TestSite.JSON).json().get("previousCertificates").toString(),
                b.get(TestSite.JSON).json().get("previousCertificates").toString());
    }

    /** Waits until node's main page says what is expected; the bound only ends a failing wait, it is no target. */
    private static void awaitOn(TestSite node, java.util.function.Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String page = node.get(TestSite.PAGE).text();
        while (!expected.test(page) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            page = node.get(TestSite.PAGE).text();
        }
        assertTrue(expected.test(page), page);
    }

    @Test
    void theFingerprintHistoryIsTheSeniorMembersForEveryNode() throws Exception {
        KeyStore renewed = TestSite.newKeyStore();
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore());
        TestSite b = node(NODE_B, Clock.offset(TestSite.CLOCK, Duration.ofDays(3)), TestSite.defaultKeyStore());

        b.replaceKeyStore(renewed); // both nodes renewed: B first, by a clock three days ahead, then A
        a.replaceKeyStore(renewed);

        String fromA = a.get(TestSite.JSON).json().get("previousCertificates").toString();
        assertTrue(fromA.contains(sha256(TestSite.defaultKeyStore())), fromA);
        assertTrue(fromA.contains("\"inUseUntil\":\"2026-03-02T10:00:00Z\""), "the senior member's clock: " + fromA);
        assertEquals(fromA, b.get(TestSite.JSON).json().get("previousCertificates").toString(),
                "one history, kept by node A (the senior member)");
        assertNotEquals("", cluster.shared("history"));
    }

    @Test
    void nodesWithTheirOwnHostNamesEachGetTheirDaneRecordsOnTheSamePage() throws Exception {
        TestSite a = node(NODE_A, TestSite.CLOCK, TestSite.defaultKeyStore(), "a.example.org");
        TestSite b = node(NODE_B, TestSite.CLOCK, TestSite.defaultKeyStore(), "b.example.org");

        for (TestSite site : List.of(a, b)) {
            String page = site.get(TestSite.PAGE).text();
            assertTrue(page.contains("_5222._tcp.a.example.org. IN TLSA 3 1 1 "), "node A's host");
            assertTrue(page.contains("_5222._tcp.b.example.org. IN TLSA 3 1 1 "), "node B's host");
            assertTrue(site.get(TestSite.JSON).text().contains("\"host\":\"b.example.org\""));
        }
        assertArrayEquals(a.get(TestSite.PAGE).body(), b.get(TestSite.PAGE).body());
        assertArrayEquals(a.get(TestSite.JSON).body(), b.get(TestSite.JSON).body());
    }

    @Test
    void inAClusterTheRoomsAreFirstReadOnTheSitesOwnThreadWhenItStarts() throws Exception {
        InMemoryCluster.Node node = cluster.join("c-starting");
        List<String> readers = new java.util.concurrent.CopyOnWriteArrayList<>();
        HelpSite site = new HelpSite(new HelpSite.Sources(TestSite.DOMAIN, () -> {
            readers.add(Thread.currentThread().getName());
            return services;
        }, kind -> TestSite.defaultKeyStore(), TestSite::defaultSettings, node.history(), node),
                SiteSettings.defaults().withDirectoryRefresh(Duration.ofHours(1)), TestSite.CLOCK,
                getClass().getClassLoader());
        try {
            assertEquals(List.of(), readers, "not on the thread that made the site (Openfire's plugin loader)");
            assertFalse(site.facts().directory().available(), "until then the page says it cannot list them");

            site.start();
            // Read at once on starting, not an interval later (an hour here); the bound is not a target.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!site.facts().directory().available() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(site.facts().directory().available());
            assertFalse(readers.isEmpty());
            assertTrue(readers.stream().allMatch("conferencehelp-directory"::equals), readers.toString());
        } finally {
            site.close();
        }
    }

    private TestSite node(String id, Clock clock, KeyStore store) throws Exception {
        return node(id, clock, store, "xmpp." + TestSite.DOMAIN);
    }

    private TestSite node(String id, Clock clock, KeyStore store, String host) throws Exception {
        return node(id, clock, store, host, true);
    }

    /** @param hearsEvents whether the cluster tells the node's site of changes (Openfire may not, for minutes) */
    private TestSite node(String id, Clock clock, KeyStore store, String host, boolean hearsEvents)
            throws Exception {
        InMemoryCluster.Node node = cluster.join(id);
        ServerSettings settings = TestSite.defaultSettings();
        TestSite site = new TestSite().conferences(() -> services).identityStores(kind -> store)
                .settings(() -> new ServerSettings(settings.federation(), host, settings.listeners()))
                .clock(Clock.fixed(clock.instant(), ZoneOffset.UTC)).cluster(node, node.history()).start();
        if (hearsEvents) {
            node.listen(site.site());
        }
        site.refreshDirectory(); // what starting the site asks for: in a cluster it reads no rooms before
        sites.add(site);
        return site;
    }

    private static List<ServiceListing> withRoom(RoomListing added) {
        List<ServiceListing> changed = new ArrayList<>();
        for (ServiceListing service : TestSite.defaultServices()) {
            if (service.domain().equals(TestSite.SERVICE)) {
                List<RoomListing> rooms = new ArrayList<>(service.rooms());
                rooms.add(added);
                service = new ServiceListing(service.domain(), service.description(), service.enabled(),
                        service.hidden(), rooms);
            }
            changed.add(service);
        }
        return changed;
    }

    private static String sha256(KeyStore store) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(TestSite.certificateOf(store).getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    /** Counts the room notices a node hears. */
    private record CountingChanges(int[] rooms) implements org.conferencehelp.live.ClusterChanges {
        @Override
        public void clusterChanged() {
        }

        @Override
        public void otherNodesChanged() {
        }

        @Override
        public void historyChanged() {
        }

        @Override
        public void roomsChangedElsewhere(java.util.Collection<String> changed) {
            rooms[0]++;
        }
    }
}
