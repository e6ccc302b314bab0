package org.conferencehelp.live;

/** What the help site must hear of the cluster it runs in; the Openfire adapter calls these from cluster events. */
public interface ClusterChanges {

    /** This node joined or left a cluster, or became its senior member: everything shared is stated again. */
    void clusterChanged();

    /** Another node's certificates changed, or a node left: the cluster's certificates are merged again. */
    void otherNodesChanged();

    /** The node that keeps the cluster's fingerprint history saved it. */
    void historyChanged();

    /** Another node saw these rooms change (bare JIDs; none for every room). */
    void roomsChangedElsewhere(java.util.Collection<String> rooms);
}
