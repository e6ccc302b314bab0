// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.cluster;

/** Stand-in for org.jivesoftware.openfire.cluster.ClusterNodeInfo. */
public interface ClusterNodeInfo {

    String getHostName();

    NodeID getNodeID();

    long getJoinedTime();

    boolean isSeniorMember();
}
