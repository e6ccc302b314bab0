package org.conferencehelp.live;

import java.util.Collection;
import java.util.List;

/**
 * The cluster this server is one node of, as far as the pages need it: what every node presents, who keeps the
 * fingerprint history, and telling the other nodes of changes only this node heard of. Everything passed between
 * nodes is plain text, so no class of the plugin ever travels. {@link #ALONE} for a server on its own.
 */
public interface Cluster {

    /** Whether the pages are served by more than this node: they then state nothing that is this node's alone. */
    boolean clustered();

    /**
     * Tells the other nodes what this node presents and returns what every node of the cluster presents, this one
     * included, in an order every node agrees on (so that every node merges them into the same facts).
     *
     * @param thisNode this node's certificates, as {@code InventoryText}
     */
    List<String> share(String thisNode);

    /** Like {@link #share} without telling the others: another node's certificates changed, or a node left. */
    List<String> nodes(String thisNode);

    /** Whether this node keeps the cluster's one fingerprint history (the senior member; a server alone does). */
    boolean keepsHistory();

    /**
     * Tells the other nodes that this node saw rooms change, so that they look again.
     *
     * @param rooms the rooms' bare JIDs; none for every room
     */
    void roomsChanged(Collection<String> rooms);

    /** A server on its own. */
    Cluster ALONE = new Cluster() {
        @Override
        public boolean clustered() {
            return false;
        }

        @Override
        public List<String> share(String thisNode) {
            return List.of(thisNode);
        }

        @Override
        public List<String> nodes(String thisNode) {
            return List.of(thisNode);
        }

        @Override
        public boolean keepsHistory() {
            return true;
        }

        @Override
        public void roomsChanged(Collection<String> rooms) {
        }
    };
}
