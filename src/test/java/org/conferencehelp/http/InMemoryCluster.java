package org.conferencehelp.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.conferencehelp.live.Cluster;
import org.conferencehelp.live.ClusterChanges;
import org.conferencehelp.tls.HistoryStorage;

/**
 * Help sites in one JVM as the nodes of a cluster: what the Openfire adapter does over Openfire's clustered cache
 * (a map of strings whose entries the other nodes hear of), over a map, telling the other nodes at once on the
 * calling thread. The senior member is the node with the lowest id, as long as it is a member.
 */
final class InMemoryCluster {

    private final Map<String, String> shared = new ConcurrentHashMap<>();
    /** The members, by id, with the site each one told of changes (null until it listens). */
    private final SortedMap<String, Node> members = new ConcurrentSkipListMap<>();

    /** A node joining the cluster. */
    Node join(String id) {
        Node node = new Node(id);
        members.put(id, node);
        return node;
    }

    /** A node leaving (or crashing): its entries go, and the others hear of it. */
    void leave(String id) {
        members.remove(id);
        shared.remove("certificates/" + id);
        members.values().forEach(node -> node.tell(ClusterChanges::otherNodesChanged));
    }

    /**
     * A node gone from the members before anyone heard of it (Openfire's own event comes only later, if at all):
     * its entries stay until somebody tidies up.
     */
    void vanish(String id) {
        members.remove(id);
    }

    String shared(String key) {
        return shared.get(key);
    }

    final class Node implements Cluster {

        private final String id;
        private volatile ClusterChanges site;

        private Node(String id) {
            this.id = id;
        }

        void listen(ClusterChanges site) {
            this.site = site;
        }

        @Override
        public boolean clustered() {
            return true;
        }

        @Override
        public List<String> share(String thisNode) {
            if (!thisNode.equals(shared.put("certificates/" + id, thisNode))) {
                others(ClusterChanges::otherNodesChanged);
            }
            return nodes(thisNode);
        }

        @Override
        public List<String> nodes(String thisNode) {
            List<String> all = new ArrayList<>();
            for (String member : members.keySet()) {
                String certificates = member.equals(id) ? thisNode : shared.get("certificates/" + member);
                if (certificates != null) {
                    all.add(certificates);
                }
            }
            return all;
        }

        @Override
        public boolean keepsHistory() {
            return members.firstKey().equals(id);
        }

        @Override
        public void roomsChanged(java.util.Collection<String> rooms) {
            others(site -> site.roomsChangedElsewhere(List.copyOf(rooms)));
        }

        /** The cluster's one fingerprint history, as this node reads and writes it. */
        HistoryStorage history() {
            return new HistoryStorage() {
                @Override
                public String load() {
                    return shared.getOrDefault("history", "");
                }

                @Override
                public void save(String text) {
                    shared.put("history", text);
                    others(ClusterChanges::historyChanged);
                }
            };
        }

        private void others(Consumer<ClusterChanges> event) {
            members.values().stream().filter(node -> node != this).forEach(node -> node.tell(event));
        }

        private void tell(Consumer<ClusterChanges> event) {
            ClusterChanges listening = site;
            if (listening != null) {
                event.accept(listening);
            }
        }
    }
}
