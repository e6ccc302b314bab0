package org.conferencehelp.openfire;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import javax.annotation.Nonnull;
import javax.annotation.Nullable;
import org.conferencehelp.live.Cluster;
import org.conferencehelp.live.ClusterChanges;
import org.conferencehelp.live.ClusterWatch;
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
 * a counter each node raises when it saw the rooms change ({@code rooms/NODE}), a heartbeat each node raises at
 * every check ({@code alive/NODE}), and the fingerprint history ({@code history}). The other nodes hear of each
 * entry through the cache's entry listener.
 *
 * <p>Who is a member: the nodes Openfire's ClusterManager lists, and the nodes whose heartbeat this node saw move
 * lately. Openfire alone is not enough: a node still handling its own join (minutes with 100,000 rooms) lists no
 * node that joined after it, since the Hazelcast plugin records new members only once that join is done.
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
    static final String ALIVE = "alive/";
    static final String HISTORY = "history";
    /** How long a node counts after its heartbeat last moved: five beats, so that a slow moment is no leaving. */
    static final Duration ALIVE_WINDOW = ClusterWatch.LONGEST_WAIT.multipliedBy(5);

    private final Cache<String, String> cache;
    private final LongSupplier nanoTime;
    private final AtomicLong roomNotices = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    /** What this node knows of each other node's heartbeat, by node id. */
    private final Map<String, Peer> peers = new HashMap<>();
    private volatile ClusterChanges site;
    private String listenerId;

    OpenfireCluster(Cache<String, String> cache) {
        this(cache, System::nanoTime);
    }

    OpenfireCluster(Cache<String, String> cache, LongSupplier nanoTime) {
        this.cache = cache;
        this.nanoTime = nanoTime;
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

    /** Also beats this node's heartbeat: the site shares at every check, a few seconds apart. */
    @Override
    public List<String> share(String thisNode) {
        listenIfClustering();
        if (clustered()) {
            if (!thisNode.equals(cache.get(CERTIFICATES + thisNode()))) { // an equal put would echo
                cache.put(CERTIFICATES + thisNode(), thisNode);
            }
            cache.put(ALIVE + thisNode(), Long.toString(heartbeats.incrementAndGet()));
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
        Set<String> listed = ClusterManager.getNodesInfo().stream().map(ClusterNodeInfo::getNodeID)
                .map(NodeID::toString).collect(Collectors.toSet());
        SortedSet<String> members = new TreeSet<>(listed);
        members.addAll(unlistedButBeating(listed));
        members.add(me);
        for (String node : members) {
            String certificates = node.equals(me) ? thisNode : cache.get(CERTIFICATES + node);
            if (certificates != null) { // a node without this plugin says nothing of its certificates
                all.add(certificates);
            }
        }
        if (all.isEmpty()) {
            all.add(thisNode);
        }
        return all;
    }

    /**
     * The other nodes Openfire here does not list whose heartbeat moved within {@link #ALIVE_WINDOW}, as seen from
     * here (so the nodes' clocks never matter). A heartbeat seen for the first time has not moved yet, so an entry
     * left by a node that is gone never counts. A node Openfire listed and no longer does has left (Openfire drops a
     * member at once): it counts again only once its heartbeat moved twice since, as a node that rejoined does.
     */
    private synchronized Set<String> unlistedButBeating(Set<String> listed) {
        long now = nanoTime.getAsLong();
        String me = thisNode();
        Map<String, String> beats = new HashMap<>();
        for (String key : List.copyOf(cache.keySet())) {
            String beat = key.startsWith(ALIVE) && !key.equals(ALIVE + me) ? cache.get(key) : null;
            if (beat != null) {
                beats.put(key.substring(ALIVE.length()), beat);
            }
        }
        peers.keySet().retainAll(beats.keySet());
        Set<String> beating = new HashSet<>();
        beats.forEach((node, beat) -> {
            Peer peer = peers.computeIfAbsent(node, n -> new Peer(beat));
            boolean moved = peer.heard(beat, now);
            if (listed.contains(node)) {
                peer.listed = true;
                peer.movesSinceDropped = 0;
            } else if (moved && peer.listed && ++peer.movesSinceDropped >= 2) { // one may be its last beat
                peer.listed = false; // back: it rejoined
            }
            if (!listed.contains(node) && !peer.listed && peer.movedSince(now - ALIVE_WINDOW.toNanos())) {
                beating.add(node);
            }
        });
        return beating;
    }

    /** What this node knows of another node's heartbeat. */
    private static final class Peer {
        private String beat;
        private long moved;
        private boolean hasMoved;
        /** Whether Openfire here listed it last (then left, if it no longer does). */
        private boolean listed;
        private int movesSinceDropped;

        Peer(String beat) {
            this.beat = beat;
        }

        /** Takes the heartbeat as read now; whether it moved since the last reading. */
        boolean heard(String read, long nanoTime) {
            if (read.equals(beat)) {
                return false;
            }
            beat = read;
            moved = nanoTime;
            hasMoved = true;
            return true;
        }

        boolean movedSince(long nanoTime) {
            return hasMoved && moved - nanoTime > 0;
        }
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
            cache.remove(ALIVE + node);
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

    /**
     * Listens to the clustered cache once clustering has started, if this node's "joined cluster" event has not come
     * yet: Openfire hands its listeners that event one after another, after its own, which took minutes with 100,000
     * rooms. The site shares its facts at every check, seconds apart, so this is tried again until it holds.
     */
    private synchronized void listenIfClustering() {
        if (site == null || listenerId != null || !clustered()) {
            return;
        }
        try {
            attach();
        } catch (UnsupportedOperationException | IllegalStateException localCache) {
            // Clustering started or ended while the cache was still or again a local one: the next check tries.
            LOG.debug("Not listening to the clustered cache yet.", localCache);
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
