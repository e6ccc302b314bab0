package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferencehelp.live.Cluster;
import org.conferencehelp.tls.HistoryStorage;
import org.jivesoftware.util.cache.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster's one fingerprint history over a map as the clustered cache, and each node's own file. */
class ClusterHistoryStorageTest {

    private final Map<String, String> entries = new HashMap<>();
    @SuppressWarnings("unchecked")
    private final Cache<String, String> cache = mock(Cache.class);
    private final List<String> fileWrites = new ArrayList<>();
    private String fileText = "this node's own\n";
    private boolean clustered = true;
    private boolean senior;
    private ClusterHistoryStorage storage;

    @BeforeEach
    void setUp() {
        when(cache.get(any())).thenAnswer(i -> entries.get((String) i.getArgument(0)));
        when(cache.put(anyString(), anyString())).thenAnswer(i -> entries.put(i.getArgument(0), i.getArgument(1)));
        when(cache.putIfAbsent(anyString(), anyString()))
                .thenAnswer(i -> entries.putIfAbsent(i.getArgument(0), i.getArgument(1)));
        HistoryStorage file = new HistoryStorage() {
            @Override
            public String load() {
                return fileText;
            }

            @Override
            public void save(String text) {
                fileWrites.add(text);
                fileText = text;
            }
        };
        Cluster cluster = mock(Cluster.class);
        when(cluster.clustered()).thenAnswer(i -> clustered);
        when(cluster.keepsHistory()).thenAnswer(i -> !clustered || senior);
        storage = new ClusterHistoryStorage(cache, file, cluster);
    }

    @Test
    void readingTheClustersHistoryAgainAndAgainCopiesItIntoThisNodesFileOnlyWhenItChanged() throws Exception {
        entries.put(OpenfireCluster.HISTORY, "the cluster's\n");

        for (int check = 0; check < 5; check++) { // what the cluster check does every few seconds
            assertEquals("the cluster's\n", storage.load());
        }
        entries.put(OpenfireCluster.HISTORY, "renewed\n");
        assertEquals("renewed\n", storage.load());
        storage.load();

        assertEquals(List.of("the cluster's\n", "renewed\n"), fileWrites);
    }

    @Test
    void aNewClustersSeniorMemberMakesItsOwnHistoryTheClusters() throws Exception {
        senior = true;

        assertEquals("this node's own\n", storage.load());

        assertEquals("this node's own\n", entries.get(OpenfireCluster.HISTORY));
    }

    @Test
    void anotherMemberOfANewClusterSharesNothingOfItsOwn() throws Exception {
        assertEquals("this node's own\n", storage.load());

        assertEquals(Map.of(), entries);
    }

    @Test
    void aServerOnItsOwnUsesItsFileOnly() throws Exception {
        clustered = false;
        entries.put(OpenfireCluster.HISTORY, "left over\n");

        assertEquals("this node's own\n", storage.load());
        storage.save("saved\n");

        assertEquals(List.of("saved\n"), fileWrites);
        assertEquals("left over\n", entries.get(OpenfireCluster.HISTORY));
    }
}
