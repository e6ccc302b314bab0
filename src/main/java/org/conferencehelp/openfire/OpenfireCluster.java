package org.conferencehelp.openfire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import org.conferencehelp.live.Cluster;
import org.conferencehelp.live.ClusterChanges;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.cluster.ClusterEventListener;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.jivesoftware.openfire.cluster.ClusterNodeInfo;
import org.jivesoftware.openfire.cluster.ClusteredCacheEntryListener;
import org.jivesoftware.openfire.cluster.NodeID;
import org.jivesoftware.util.cache.Cache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster, through one clustered cache of plain strings: each node's certificates ({@code certificates/NODE}),
 * a counter each node raises when it saw the rooms change ({@code rooms/NODE}), and the fingerprint history
 * ({@code history}). The other nodes hear of each entry through the cache's entry listener.
 *
 * <p>Why a cache of strings and no cluster tasks: a task is a class of this plugin, which the receiving node must
 * load by name, and cannot while the plugin is being reloaded there or is not installed; the Hazelcast plugin warns
 * against it (openfire-hazelcast-plugin issue 74). Strings load everywhere, the listener is this node's own (never
 * sent), and unloading leaves nothing of this plugin's classes in the cluster.
 */
final class OpenfireCluster implements Cluster, ClusterEventListener, ClusteredCacheEntryListener<String, String> {

    private static final Logger LOG = LoggerFactory.getLogger(OpenfireCluster.class);
    static final String CERTIFICATES = "certificates/";
    static final String ROOMS = "rooms/";
    static final String HISTORY = "history";

    private final Cache<String, String> cache;
    private final AtomicLong roomNotices = new AtomicLong();
    private volatile ClusterChanges site;
    private String listenerId;

    OpenfireCluster(Cache<String, String> cache) {
        this.cache = cache;
    }

    /** Starts passing the cluster's events on to the site. */
    synchronized void listen(ClusterChanges site) {
        this.site = site;
        ClusterManager.addListener(this);
        if (ClusterManager.isClusteringStarted()) {
            attach();
        }
    }

    synchronized void stopListening() {
        ClusterManager.removeListener(this);
        detach();
        site = null;
    }

    Cache<String, String> cache() {
        return cache;
    }

    // Cluster: what the site asks.

    @Override
    public boolean clustered() {
        return ClusterManager.isClusteringStarted();
    }

    @Override
    public List<String> share(String thisNode) {
        if (clustered() && !thisNode.equals(cache.get(CERTIFICATES + thisNode()))) { // an equal put would echo
            cache.put(CERTIFICATES + thisNode(), thisNode);
        }
        return nodes(thisNode);
    }

    @Override
    public List<String> nodes(String thisNode) {
        if (!clustered()) {
            return List.of(thisNode);
        }
        String me = thisNode();
        List<String> all = new ArrayList<>();
        // Only members: a node that left drops out even before its entry is removed. Ordered by node id, so that
        // every node merges them in the same order.
        ClusterManager.getNodesInfo().stream().map(ClusterNodeInfo::getNodeID).map(NodeID::toString).sorted()
                .forEach(node -> {
                    String certificates = node.equals(me) ? thisNode : cache.get(CERTIFICATES + node);
                    if (certificates != null) { // a node without this plugin says nothing of its certificates
                        all.add(certificates);
                    }
                });
        if (all.isEmpty()) {
            all.add(thisNode);
        }
        return all;
    }

    @Override
    public boolean keepsHistory() {
        return !clustered() || ClusterManager.isSeniorClusterMember();
    }

    /** The value: a counter (so that each notice is a change), then the rooms' JIDs, one a line. */
    @Override
    public void roomsChanged(Collection<String> rooms) {
        if (clustered()) {
            cache.put(ROOMS + thisNode(), roomNotices.incrementAndGet() + "\n" + String.join("\n", rooms));
        }
    }

    private static String thisNode() {
        return XMPPServer.getInstance().getNodeID().toString();
    }

    // ClusterEventListener: this node joined or left, another did, the senior member changed.

    @Override
    public void joinedCluster() {
        synchronized (this) {
            attach();
        }
        tell(ClusterChanges::clusterChanged);
    }

    @Override
    public void joinedCluster(byte[] nodeID) {
        tell(ClusterChanges::otherNodesChanged);
    }

    @Override
    public void leftCluster() {
        synchronized (this) {
            listenerId = null; // the cache is a local one again; the listener went with the clustered one
        }
        tell(ClusterChanges::clusterChanged);
    }

    @Override
    public void leftCluster(byte[] nodeID) {
        if (ClusterManager.isSeniorClusterMember()) { // one node tidies up after a node that left
            String node = NodeID.getInstance(nodeID).toString();
            cache.remove(CERTIFICATES + node);
            cache.remove(ROOMS + node);
        }
        tell(ClusterChanges::otherNodesChanged);
    }

    @Override
    public void markedAsSeniorClusterMember() {
        tell(ClusterChanges::clusterChanged); // this node keeps the history from now on
    }

    // ClusteredCacheEntryListener: another node put or removed an entry.

    @Override
    public void entryAdded(@Nonnull String key, @Nullable String newValue, @Nonnull NodeID nodeID) {
        entryChanged(key, newValue);
    }

    @Override
    public void entryUpdated(@Nonnull String key, @Nullable String oldValue, @Nullable String newValue,
                             @Nonnull NodeID nodeID) {
        entryChanged(key, newValue);
    }

    @Override
    public void entryRemoved(@Nonnull String key, @Nullable String oldValue, @Nonnull NodeID nodeID) {
        entryChanged(key, null);
    }

    @Override
    public void entryEvicted(@Nonnull String key, @Nullable String oldValue, @Nonnull NodeID nodeID) {
        entryChanged(key, null);
    }

    @Override
    public void mapCleared(@Nonnull NodeID nodeID) {
        tell(ClusterChanges::clusterChanged);
    }

    @Override
    public void mapEvicted(@Nonnull NodeID nodeID) {
        tell(ClusterChanges::clusterChanged);
    }

    private void entryChanged(String key, @Nullable String value) {
        if (key.startsWith(ROOMS) && value != null) {
            List<String> rooms = Arrays.stream(value.split("\n")).skip(1).filter(r -> !r.isEmpty()).toList();
            tell(site -> site.roomsChangedElsewhere(rooms));
        } else if (key.startsWith(CERTIFICATES)) {
            tell(ClusterChanges::otherNodesChanged);
        } else if (key.equals(HISTORY)) {
            tell(ClusterChanges::historyChanged);
        }
    }

    /** Passes an event on; one that fails is logged, and never thrown into Openfire's or Hazelcast's thread. */
    private void tell(Consumer<ClusterChanges> event) {
        ClusterChanges current = site;
        if (current == null) {
            return;
        }
        try {
            event.accept(current);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Could not follow a change in the cluster; the next one tries again.", e);
        }
    }

    private void attach() {
        if (listenerId == null) {
            listenerId = cache.addClusteredCacheEntryListener(this, true, false); // the rooms are in the values
        }
    }

    private void detach() {
        String id = listenerId;
        listenerId = null;
        if (id != null && clustered()) {
            cache.removeClusteredCacheEntryListener(Objects.requireNonNull(id));
        }
    }
}
