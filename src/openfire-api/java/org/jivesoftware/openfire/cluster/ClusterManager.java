// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.openfire.cluster;

import java.util.Collection;

/** Stand-in for org.jivesoftware.openfire.cluster.ClusterManager. */
public class ClusterManager {

    public static void addListener(ClusterEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void addListener(ClusterEventListener listener, int sequence) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void removeListener(ClusterEventListener listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean isClusteringStarted() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static boolean isSeniorClusterMember() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static Collection<ClusterNodeInfo> getNodesInfo() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
