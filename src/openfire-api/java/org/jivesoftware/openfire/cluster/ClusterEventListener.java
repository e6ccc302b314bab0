// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.cluster;

/** Stand-in for org.jivesoftware.openfire.cluster.ClusterEventListener. */
public interface ClusterEventListener {

    void joinedCluster();

    void joinedCluster(byte[] nodeID);

    void leftCluster();

    void leftCluster(byte[] nodeID);

    void markedAsSeniorClusterMember();
}
