package org.conferencehelp.openfire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The plugin on both nodes of a real two-node Openfire cluster ({@code -Dopenfire.cluster=true}, see
 * {@link TwoNodeCluster}), with real clients on both nodes: a change made through one node shows on the other's
 * page within the target; both nodes serve the same bytes and entity tag; the page on each node lists what every
 * node's client port presents, and says so when the nodes differ.
 */
@EnabledIfSystemProperty(named = "openfire.cluster", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterOpenfireIT {

    private static final Duration SAME_BOUND = Duration.ofSeconds(30);
    private static TwoNodeCluster cluster;
    private static HelpPages pagesA;
    private static HelpPages pagesB;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TwoNodeCluster.start();
        pagesA = new HelpPages(cluster.a());
        pagesB = new HelpPages(cluster.b());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void bothNodesServeTheSameBytesAndEntityTag() throws Exception {
        for (String path : List.of(HelpPages.PAGE, HelpPages.JSON, HelpPages.DEFINITIONS)) {
            HelpPages.Response fromA = awaitSame(path);
            assertNull(fromA.header("Last-Modified"), path + ": no instant of one node");
        }
    }

    @Test
    @Order(2)
    void aRoomMadeThroughOneNodeShowsOnTheOtherNodesPage() throws Exception {
        try (ChatClient alice = ChatClient.login(cluster.b(), ChatClient.ALICE)) {
            alice.createRoom("made-on-b", form -> form.setAnswer(ChatClient.NAME, "Made on node B"));
            new Freshness(cluster.a(), pagesA).assertShownWithinTarget("room created on node B, on node A's page",
                    json -> json.toString().contains("Made on node B"));
            alice.room("made-on-b").changeSubject("A subject set on node B");
            new Freshness(cluster.a(), pagesA).assertShownWithinTarget("subject set on node B, on node A's page",
                    json -> json.toString().contains("A subject set on node B"));
            // Its own page, on both nodes the same, naming the same address to share (while Alice is in it: a
            // temporary room closes when its last occupant leaves).
            awaitSame("/help/rooms/" + ChatClient.address("made-on-b") + "/");
        }
        try (ChatClient bob = ChatClient.login(cluster.a(), ChatClient.BOB)) {
            bob.createRoom("made-on-a", form -> form.setAnswer(ChatClient.NAME, "Made on node A"));
            new Freshness(cluster.b(), pagesB).assertShownWithinTarget("room created on node A, on node B's page",
                    json -> json.toString().contains("Made on node A"));
            bob.room("made-on-a").destroy("done", null);
            new Freshness(cluster.b(), pagesB).assertShownWithinTarget("room destroyed on node A, gone from node B's "
                    + "page", json -> !json.toString().contains("Made on node A"));
        }
        awaitSame(HelpPages.PAGE);
    }

    @Test
    @Order(3)
    void eachNodesPageListsWhatEveryNodesClientPortPresents() throws Exception {
        List<String> presented = presentedByBothNodes();
        for (HelpPages pages : List.of(pagesA, pagesB)) {
            String certificates = pages.json().get("certificates").toString();
            for (String sha256 : presented) {
                assertTrue(certificates.contains(sha256), sha256 + " on the page: " + certificates);
            }
        }
    }

    @Test
    @Order(4)
    void aCertificateRenewedOnOneNodeShowsOnBothPagesWhichSayTheNodesDiffer() throws Exception {
        Path store = cluster.b().home().resolve("resources/security/keystore");
        Path renewed = cluster.b().home().resolve("keystore.renewed");
        Files.copy(store, renewed, StandardCopyOption.REPLACE_EXISTING);
        for (String alias : KeyTool.aliases(KeyTool.load(renewed))) {
            KeyTool.delete(renewed, "JKS", alias);
        }
        KeyTool.generateKeyPair(renewed, "JKS", "renewed-on-b", OpenfireServer.DOMAIN, "*." + OpenfireServer.DOMAIN);
        Files.move(renewed, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String newOnB = PresentedCertificate.sha256(KeyTool.certificate(store, "renewed-on-b"));

        new Freshness(cluster.a(), pagesA).assertShownWithinTarget("certificate renewed on node B, on node A's page",
                json -> json.toString().contains(newOnB) && json.path("differingNodes").asInt() == 2);
        assertTrue(presentedByBothNodes().contains(newOnB), "node B's client port presents it");
        String page = awaitSame(HelpPages.PAGE).body();
        assertTrue(page.contains("This server runs as 2 nodes that do not all present the same certificates"));
    }

    @Test
    @Order(5)
    void thePluginReloadedOnOneNodeWhileTheOtherServesComesBackToTheSamePage() throws Exception {
        String before = awaitSame(HelpPages.PAGE).header("ETag");
        long unloaded = cluster.b().logLines("Successfully unloaded plugin 'conferencehelp'");
        cluster.b().removePlugin();
        cluster.b().awaitLog("Successfully unloaded plugin 'conferencehelp'", unloaded, Duration.ofSeconds(60));
        assertEquals(200, pagesA.get(HelpPages.PAGE).status(), "node A serves on");
        long loaded = cluster.b().logLines("Successfully loaded plugin 'conferencehelp");
        cluster.b().installPlugin();
        cluster.b().awaitLog("Successfully loaded plugin 'conferencehelp", loaded, Duration.ofSeconds(120));

        assertEquals(before, awaitSame(HelpPages.PAGE).header("ETag"), "the same state, the same page");
    }

    /**
     * Openfire hands its cluster events to listeners one after another, after its own: with 100,000 rooms its
     * conference service held a node's own "joined cluster" event for over twenty minutes. Meanwhile that node's
     * plugin hears nothing of the cluster, and Openfire there lists no node that joins after it (the Hazelcast
     * plugin records new members only once that join is done). Here a plugin of the test's holds the event on node
     * A ({@link LateClusterEventsPlugin}), and node B joins meanwhile: both pages must still agree, listing both
     * nodes' certificates, while the event is held (longer than the bound of the wait), and after.
     */
    @Test
    @Order(6)
    void bothNodesServeTheSamePageWhileOpenfireHoldsTheJoinedEvent() throws Exception {
        cluster.b().stop();
        cluster.a().stop();
        LateClusterEvents.install(cluster.a().home());
        long held = cluster.a().logLines(LateClusterEventsPlugin.HOLDING);
        long released = cluster.a().logLines(LateClusterEventsPlugin.RELEASED);
        cluster.a().start();
        cluster.a().awaitLog(LateClusterEventsPlugin.HOLDING, held, Duration.ofSeconds(240));
        long joined = cluster.b().logLines(TwoNodeCluster.CLUSTERING_STARTED);
        cluster.b().start();
        cluster.b().awaitLog(TwoNodeCluster.CLUSTERING_STARTED, joined, Duration.ofSeconds(240));
        RunLog.line(cluster.a().version(), "both nodes restarted; node B joined while Openfire on node A held its "
                + "own joined-cluster event (" + LateClusterEventsPlugin.HOLD_SECONDS + " s)");

        awaitSame(HelpPages.PAGE);
        String json = awaitSame(HelpPages.JSON).body();
        assertEquals(released, cluster.a().logLines(LateClusterEventsPlugin.RELEASED),
                "the same pages came while the event was still held");
        List<String> presented = presentedByBothNodes();
        assertEquals(2, presented.size(), "node B presents its renewed certificate since the test before");
        for (String sha256 : presented) {
            assertTrue(json.contains(sha256), sha256 + " on the pages: " + json);
        }

        cluster.a().awaitLog(LateClusterEventsPlugin.RELEASED, released, Duration.ofSeconds(240));
        awaitSame(HelpPages.PAGE); // and still once Openfire hands the event over
    }

    /** Node B stops: its certificate leaves node A's page (as a previous one) without waiting for Openfire's event. */
    @Test
    @Order(7)
    void aNodeThatStopsDropsOutOfTheOtherNodesPage() throws Exception {
        List<String> presented = presentedByBothNodes();
        assertEquals(2, presented.size(), "node B presents its renewed certificate since the test before");
        String onlyOnB = presented.get(1);

        cluster.b().stop();

        new Freshness(cluster.a(), pagesA).assertShownWithinTarget("node B stopped, gone from node A's page",
                json -> !json.path("certificates").toString().contains(onlyOnB)
                        && json.path("differingNodes").isMissingNode());
    }

    @Test
    @Order(8)
    void neitherNodeLoggedAnErrorOfThePlugin() throws Exception {
        for (OpenfireServer node : List.of(cluster.a(), cluster.b())) {
            assertEquals(List.of(), node.readLog().pluginErrors(), node.home() + " logged errors");
        }
    }

    /** The SHA-256 of what each node's client ports present (Direct TLS), node A's first. */
    private static List<String> presentedByBothNodes() throws Exception {
        List<String> presented = new ArrayList<>();
        for (OpenfireServer node : List.of(cluster.a(), cluster.b())) {
            String sha256 = PresentedCertificate.sha256(PresentedCertificate.directTls(
                    InetAddress.getByName(node.address()), node.ports().clientDirectTls()));
            if (!presented.contains(sha256)) {
                presented.add(sha256);
            }
        }
        return presented;
    }

    /** Waits (bounded) until both nodes answer with the same bytes and entity tag; returns node A's answer. */
    private static HelpPages.Response awaitSame(String path) throws Exception {
        long start = System.nanoTime();
        long deadline = start + SAME_BOUND.toNanos();
        HelpPages.Response fromA = null;
        HelpPages.Response fromB = null;
        while (System.nanoTime() < deadline) {
            fromA = pagesA.get(path);
            fromB = pagesB.get(path);
            if (fromA.status() == 200 && fromA.body().equals(fromB.body())
                    && fromA.header("ETag").equals(fromB.header("ETag"))) {
                RunLog.line(cluster.a().version(), "SAME | " + path + " | same bytes and ETag " + fromA.header("ETag")
                        + " on both nodes after " + RunLog.seconds(Duration.ofNanos(System.nanoTime() - start)));
                return fromA;
            }
            Thread.sleep(250);
        }
        fail(path + ": the nodes still differ after " + SAME_BOUND.toSeconds() + " s: ETag " + fromA.header("ETag")
                + " / " + fromB.header("ETag"));
        return fromA;
    }
}
