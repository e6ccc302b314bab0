package org.conferencehelp.openfire.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jivesoftware.openfire.cluster.ClusterEventListener;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A plugin of the test's own (installed by {@link #install}, never shipped): it holds Openfire's cluster event
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

    /** Writes this class as an Openfire plugin (plugin.xml, classes/) into the node's plugins folder. */
    static void install(Path openfireHome) throws IOException {
        String classFile = LateClusterEventsPlugin.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jar);
             InputStream compiled = LateClusterEventsPlugin.class.getClassLoader().getResourceAsStream(classFile)) {
            zip.putNextEntry(new ZipEntry("plugin.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <plugin>
                        <class>%s</class>
                        <name>Late cluster events (Conference Help's integration test)</name>
                        <description>Holds the joined-cluster event, as Openfire does with many rooms.</description>
                        <author>Conference Help</author>
                        <version>1.0.0</version>
                        <date>2026-12-02</date>
                        <minServerVersion>5.0.0</minServerVersion>
                    </plugin>
                    """.formatted(LateClusterEventsPlugin.class.getName()).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("classes/" + classFile));
            compiled.transferTo(zip);
        }
        Path staged = openfireHome.resolve("latecluster.jar.staged");
        try (OutputStream out = Files.newOutputStream(staged)) {
            jar.writeTo(out);
        }
        Files.move(staged, openfireHome.resolve("plugins/latecluster.jar"), StandardCopyOption.ATOMIC_MOVE);
    }
}
