package org.conferencehelp.openfire.it;

import java.io.File;
import org.jivesoftware.openfire.cluster.ClusterEventListener;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin of the test's own (installed by {@link LateClusterEvents#install}, never shipped; only
 * Openfire loads it: the tests' own JVM has no Openfire classes): it holds Openfire's cluster event
 * dispatcher on this node's "joined cluster" event for {@link #HOLD_SECONDS}, ahead of every other listener. That is
 * what Openfire 5.1.1's conference service does by itself with many rooms: restoring its room cache after a join
 * counts every room once per room, which took 24 minutes with 100,000 rooms. Every other listener, the
 * Conference Help plugin's included, hears of the join that much later.
 */
public class LateClusterEventsPlugin implements Plugin, ClusterEventListener {

    static final int HOLD_SECONDS = 120;
    static final String HOLDING = "Late cluster events: holding the joined-cluster event";
    static final String RELEASED = "Late cluster events: released the joined-cluster event";
    private static final Logger LOG = LoggerFactory.getLogger(LateClusterEventsPlugin.class);

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        ClusterManager.addListener(this, Integer.MIN_VALUE); // first of all listeners
    }

    @Override
    public void destroyPlugin() {
        ClusterManager.removeListener(this);
    }

    @Override
    public void joinedCluster() {
        LOG.info(HOLDING + " for {} s", HOLD_SECONDS);
        try {
            Thread.sleep(HOLD_SECONDS * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info(RELEASED);
    }

    @Override
    public void joinedCluster(byte[] nodeID) {
    }

    @Override
    public void leftCluster() {
    }

    @Override
    public void leftCluster(byte[] nodeID) {
    }

    @Override
    public void markedAsSeniorClusterMember() {
    }
}
