package org.conferencehelp.openfire;

import java.io.IOException;
import org.conferencehelp.live.Cluster;
import org.conferencehelp.tls.HistoryStorage;
import org.jivesoftware.util.cache.Cache;

/**
 * One fingerprint history for the whole cluster: kept in the clustered cache, written by the node that keeps it
 * (the senior member), and also in each node's own file, so that it survives a restart of the whole cluster (a
 * clustered cache lives only while a node runs). A server on its own uses its file only.
 */
final class ClusterHistoryStorage implements HistoryStorage {

    private final Cache<String, String> cache;
    private final HistoryStorage file;
    private final Cluster cluster;
    /** What this node last copied into its file, so that re-reading every few seconds writes nothing new. */
    private String copied;

    ClusterHistoryStorage(Cache<String, String> cache, HistoryStorage file, Cluster cluster) {
        this.cache = cache;
        this.file = file;
        this.cluster = cluster;
    }

    @Override
    public synchronized String load() throws IOException {
        if (!cluster.clustered()) {
            return file.load();
        }
        String shared = cache.get(OpenfireCluster.HISTORY);
        if (shared != null) {
            if (!shared.equals(copied)) {
                file.save(shared); // this node's copy, for when the whole cluster restarts
                copied = shared;
            }
            return shared;
        }
        String own = file.load();
        if (cluster.keepsHistory()) { // a new cluster: the senior member's history becomes the cluster's
            String first = cache.putIfAbsent(OpenfireCluster.HISTORY, own);
            return first != null ? first : own;
        }
        return own;
    }

    @Override
    public void save(String text) throws IOException {
        file.save(text);
        if (cluster.clustered()) {
            cache.put(OpenfireCluster.HISTORY, text);
        }
    }
}
