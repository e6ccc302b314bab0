package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.conferencehelp.http.LogCapture;
import org.conferencehelp.live.ClusterChanges;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.jivesoftware.openfire.cluster.ClusterNodeInfo;
import org.jivesoftware.openfire.cluster.NodeID;
import org.jivesoftware.util.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

/** The cluster adapter over a mocked clustered cache and cluster manager: what goes into the cache, what comes out. */
class OpenfireClusterTest {

    private final Map<String, String> entries = new HashMap<>();
    private final AtomicLong now = new AtomicLong();
    @SuppressWarnings("unchecked")
    private final Cache<String, String> cache = mock(Cache.class);
    private final ClusterChanges site = mock(ClusterChanges.class);
    private MockedStatic<ClusterManager> clusterManager;
    private MockedStatic<XMPPServer> xmppServer;
    private MockedStatic<NodeID> nodeIds;
    private OpenfireCluster cluster;

    @BeforeEach
    void mockOpenfire() {
        when(cache.get(any())).thenAnswer(i -> entries.get((String) i.getArgument(0)));
        when(cache.keySet()).thenAnswer(i -> entries.keySet());
        when(cache.put(anyString(), anyString())).thenAnswer(i -> entries.put(i.getArgument(0), i.getArgument(1)));
        when(cache.addClusteredCacheEntryListener(any(), anyBoolean(), anyBoolean())).thenReturn("listener-1");
        List<ClusterNodeInfo> members = List.of(member("node-c"), member("node-a"), member("node-b"));
        clusterManager = mockStatic(ClusterManager.class);
        clusterManager.when(ClusterManager::isClusteringStarted).thenReturn(true);
        clusterManager.when(ClusterManager::getNodesInfo).thenReturn(members);
        XMPPServer server = mock(XMPPServer.class);
        NodeID me = nodeId("node-b");
        when(server.getNodeID()).thenReturn(me);
        NodeID nodeA = nodeId("node-a");
        NodeID nodeD = nodeId("node-d");
        xmppServer = mockStatic(XMPPServer.class);
        xmppServer.when(XMPPServer::getInstance).thenReturn(server);
        nodeIds = mockStatic(NodeID.class);
        nodeIds.when(() -> NodeID.getInstance(any())).thenAnswer(i ->
                new String((byte[]) i.getArgument(0), StandardCharsets.UTF_8).equals("node-a") ? nodeA : nodeD);
        cluster = new OpenfireCluster(cache, now::get);
        cluster.listen(site);
    }

    @AfterEach
    void unmockOpenfire() {
        for (MockedStatic<?> mocked : new MockedStatic<?>[] {clusterManager, xmppServer, nodeIds}) {
            if (mocked != null) {
                mocked.close();
            }
        }
    }

    @Test
    void everyMembersCertificatesInNodeIdOrderWithThisNodesOwnAndNoneOfANodeThatLeft() {
        entries.put("certificates/node-a", "A");
        entries.put("certificates/node-c", "C");
        entries.put("certificates/node-gone", "GONE");

        assertEquals(List.of("A", "B", "C"), cluster.share("B"));
        assertEquals("B", entries.get("certificates/node-b"));
    }

    @Test
    void sharesNothingAgainWhenThisNodesCertificatesAreUnchanged() {
        entries.put("certificates/node-b", "B");

        cluster.share("B");

        // An equal put would make every other node re-merge; only the heartbeat moves.
        verify(cache, never()).put(eq("certificates/node-b"), anyString());
    }

    @Test
    void everySharingBeatsThisNodesHeartbeat() {
        cluster.share("B");
        String first = entries.get("alive/node-b");
        cluster.share("B");

        assertNotEquals(first, entries.get("alive/node-b"));
    }

    @Test
    void aNodeOpenfireDoesNotListYetCountsWhileItsHeartbeatMoves() {
        // Openfire on a node still handling its own join lists no node that joined after it.
        List<ClusterNodeInfo> openfireSays = List.of(member("node-b"));
        clusterManager.when(ClusterManager::getNodesInfo).thenReturn(openfireSays);
        entries.put("certificates/node-x", "X");
        entries.put("alive/node-x", "41");
        assertEquals(List.of("B"), cluster.nodes("B"), "a heartbeat seen once may be left by a node that is gone");

        entries.put("alive/node-x", "42");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(List.of("B", "X"), cluster.nodes("B"));

        now.addAndGet(OpenfireCluster.ALIVE_WINDOW.toNanos() - Duration.ofSeconds(1).toNanos());
        assertEquals(List.of("B", "X"), cluster.nodes("B"), "still within the window");

        now.addAndGet(Duration.ofSeconds(2).toNanos()); // no beat for longer than the window: gone
        assertEquals(List.of("B"), cluster.nodes("B"));
    }

    @Test
    void aNodeOpenfireNoLongerListsHasLeftAtOnceThoughItBeatJustNow() {
        List<ClusterNodeInfo> both = List.of(member("node-b"), member("node-x"));
        List<ClusterNodeInfo> alone = List.of(member("node-b"));
        entries.put("certificates/node-x", "X");
        clusterManager.when(ClusterManager::getNodesInfo).thenReturn(both);
        for (int beat = 1; beat <= 3; beat++) {
            entries.put("alive/node-x", Integer.toString(beat));
            now.addAndGet(Duration.ofSeconds(3).toNanos());
            assertEquals(List.of("B", "X"), cluster.nodes("B"));
        }

        clusterManager.when(ClusterManager::getNodesInfo).thenReturn(alone); // Hazelcast removed the member
        entries.put("alive/node-x", "4"); // its last beat, read only after it left
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals(List.of("B"), cluster.nodes("B"));

        entries.put("alive/node-x", "1"); // it rejoined, its plugin beats anew, Openfire here lists it not yet
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertEquals(List.of("B", "X"), cluster.nodes("B"));
    }

    @Test
    void aNodeOpenfireListsCountsWithoutAHeartbeat() {
        entries.put("certificates/node-a", "A"); // its plugin was just loaded, or beats slowly

        assertEquals(List.of("A", "B"), cluster.nodes("B"));
    }

    @Test
    void aNodeWithoutThePluginSaysNothing() {
        assertEquals(List.of("B"), cluster.nodes("B"));
    }

    @Test
    void tellsTheOtherNodesWhichRoomsChangedAndHearsTheirs() {
        cluster.roomsChanged(List.of("lobby@conference.example.org", "support@conference.example.org"));
        String notice = entries.get("rooms/node-b");

        cluster.entryUpdated("rooms/node-a", null, notice, nodeId("node-a"));

        verify(site).roomsChangedElsewhere(List.of("lobby@conference.example.org", "support@conference.example.org"));
    }

    @Test
    void aNoticeOfEveryRoomCarriesNone() {
        cluster.roomsChanged(List.of());

        cluster.entryAdded("rooms/node-a", entries.get("rooms/node-b"), nodeId("node-a"));

        verify(site).roomsChangedElsewhere(List.of());
    }

    @Test
    void anotherNodesCertificatesOrTheHistoryChangingIsPassedOn() {
        cluster.entryUpdated("certificates/node-a", "old", "new", nodeId("node-a"));
        cluster.entryAdded("history", "text", nodeId("node-a"));

        verify(site).otherNodesChanged();
        verify(site).historyChanged();
    }

    @Test
    void theSeniorMemberTidiesUpAfterANodeThatLeft() {
        clusterManager.when(ClusterManager::isSeniorClusterMember).thenReturn(true);

        cluster.leftCluster("node-a".getBytes(StandardCharsets.UTF_8));

        verify(cache).remove("certificates/node-a");
        verify(cache).remove("rooms/node-a");
        verify(cache).remove("alive/node-a");
        verify(site).otherNodesChanged();
    }

    @Test
    void anotherMemberLeavesTheTidyingUpToTheSenior() {
        cluster.leftCluster("node-a".getBytes(StandardCharsets.UTF_8));

        verify(cache, never()).remove(any());
        verify(site).otherNodesChanged();
    }

    @Test
    void theSeniorMemberKeepsTheHistoryAndAServerAloneDoesToo() {
        assertEquals(false, cluster.keepsHistory());
        clusterManager.when(ClusterManager::isSeniorClusterMember).thenReturn(true);
        assertEquals(true, cluster.keepsHistory());
        clusterManager.when(ClusterManager::isSeniorClusterMember).thenReturn(false);
        clusterManager.when(ClusterManager::isClusteringStarted).thenReturn(false);
        assertEquals(true, cluster.keepsHistory());
    }

    @Test
    void stopsListeningToTheCacheItListenedTo() {
        cluster.stopListening();

        verify(cache).removeClusteredCacheEntryListener("listener-1");
        clusterManager.verify(() -> ClusterManager.removeListener(cluster));
    }

    @Test
    void listensToTheClusteredCacheWhenSharingIfTheJoinedEventHasNotComeYet() {
        cluster.stopListening();
        clusterManager.when(ClusterManager::isClusteringStarted).thenReturn(false);
        OpenfireCluster late = new OpenfireCluster(cache);
        late.listen(site);
        clusterManager.when(ClusterManager::isClusteringStarted).thenReturn(true); // Openfire still busy joining
        when(cache.addClusteredCacheEntryListener(any(), anyBoolean(), anyBoolean()))
                .thenThrow(new UnsupportedOperationException()) // the wrapper still holds the local cache
                .thenReturn("listener-2");

        assertEquals(List.of("B"), late.share("B"));
        late.share("B");
        late.share("B");
        late.joinedCluster(); // the event, minutes later

        verify(cache, times(2)).addClusteredCacheEntryListener(late, true, false); // once refused, once held
        late.stopListening();
        verify(cache).removeClusteredCacheEntryListener("listener-2");
    }

    @Test
    void aFailureToFollowAChangeIsLoggedNotThrownIntoOpenfire() {
        doThrow(new IllegalStateException("broken")).when(site).otherNodesChanged();

        try (LogCapture log = LogCapture.start()) {
            cluster.joinedCluster("node-d".getBytes(StandardCharsets.UTF_8));

            assertEquals(1, log.count("Could not follow a change in the cluster"), log.text());
        }
    }

    private static ClusterNodeInfo member(String id) {
        ClusterNodeInfo info = mock(ClusterNodeInfo.class);
        NodeID nodeId = nodeId(id);
        when(info.getNodeID()).thenReturn(nodeId);
        return info;
    }

    private static NodeID nodeId(String id) {
        NodeID nodeId = mock(NodeID.class);
        when(nodeId.toString()).thenReturn(id);
        return nodeId;
    }
}
