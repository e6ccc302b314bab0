package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Two Openfire nodes clustered by the Hazelcast plugin over one PostgreSQL, as an administrator sets them up: node A
 * installed by autosetup into PostgreSQL, then clustering switched on; node B a copy of A's configuration (without
 * its node id) and certificates. They share the database, so they share the
 * ports; each listens on a loopback address of its own (127.0.0.2 and 127.0.0.3). Needs
 * {@code -Dhazelcast.plugin=JAR} (the Hazelcast plugin, built from its source) and PostgreSQL's server binaries
 * ({@link Postgres}).
 */
final class TwoNodeCluster implements AutoCloseable {

    static final String ADDRESS_A = "127.0.0.2";
    static final String ADDRESS_B = "127.0.0.3";
    private static final Duration CLUSTERING_BOUND = Duration.ofSeconds(240);
    static final String CLUSTERING_STARTED = "Hazelcast clustering started";
    static final int BACKGROUND_CHECK_SECONDS = 120;

    private final Postgres database;
    private OpenfireServer a;
    private OpenfireServer b;

    private TwoNodeCluster(Postgres database) {
        this.database = database;
    }

    static boolean wanted() {
        return Boolean.getBoolean("openfire.cluster");
    }

    /** Sets up and starts both nodes; stops everything it started if a step fails. */
    static TwoNodeCluster start() throws Exception {
        Path hazelcast = Path.of(System.getProperty("hazelcast.plugin", ""));
        if (!Files.isRegularFile(hazelcast)) {
            throw new IllegalStateException("-Dopenfire.cluster=true needs -Dhazelcast.plugin=JAR, the Hazelcast "
                    + "plugin's hazelcast-openfire-plugin-assembly.jar");
        }
        TwoNodeCluster cluster = new TwoNodeCluster(Postgres.start(OpenfireServer.workRoot().resolve("cluster-pg")));
        try {
            cluster.startNodes(hazelcast);
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startNodes(Path hazelcast) throws Exception {
        int hazelcastA = Postgres.freePort();
        int hazelcastB = Postgres.freePort();
        OpenfirePorts ports = OpenfirePorts.free();
        a = OpenfireServer.install("cluster-a", ADDRESS_A, ports, this::inPostgres);
        a.start(); // autosetup, into the shared database
        a.stop();
        clustered(a, hazelcast, hazelcastA, hazelcastA, hazelcastB);
        long before = a.logLines(CLUSTERING_STARTED);
        a.start();
        a.awaitLog(CLUSTERING_STARTED, before, CLUSTERING_BOUND);

        OpenfirePorts adminB = OpenfirePorts.free(); // only the admin console's ports are per node (openfire.xml)
        b = OpenfireServer.anotherNode(a, "cluster-b", ADDRESS_B, ports, xml -> xml
                .replaceAll("<nodeid>[^<]*</nodeid>", "")
                .replace("<port>" + ports.admin() + "</port>", "<port>" + adminB.admin() + "</port>")
                .replace("<securePort>" + ports.adminSecure() + "</securePort>",
                        "<securePort>" + adminB.adminSecure() + "</securePort>"));
        clustered(b, hazelcast, hazelcastB, hazelcastA, hazelcastB);
        long joined = a.logLines("has joined the cluster");
        b.start();
        b.awaitLog(CLUSTERING_STARTED, 0, CLUSTERING_BOUND);
        a.awaitLog("has joined the cluster", joined, CLUSTERING_BOUND);
        RunLog.line(a.version(), "cluster of two nodes started: " + ADDRESS_A + " and " + ADDRESS_B + ", HTTP "
                + ports.http() + ", client " + ports.client() + ", PostgreSQL " + database.jdbcUrl());
    }

    OpenfireServer a() {
        return a;
    }

    OpenfireServer b() {
        return b;
    }

    /**
     * The autosetup configuration, into PostgreSQL instead of the embedded database. The background check of the
     * room list runs every 120 s instead of 3, so that a room change can show on the other node within the target
     * only by the notice the node that heard of it sends.
     */
    private String inPostgres(String xml) {
        return xml.replaceAll("(?s)<connectionProvider>.*?</connectionProvider>", "")
                .replace("<autosetup>", "<plugin><conferencehelp><directory><refresh>" + BACKGROUND_CHECK_SECONDS
                        + "</refresh></directory></conferencehelp></plugin>\n    <autosetup>")
                .replaceAll("(?s)<database>\\s*<mode>embedded</mode>\\s*</database>", database.autosetupDatabase());
    }

    /** Switches clustering on (an openfire.xml setting) and installs the Hazelcast plugin with a TCP-only config. */
    private static void clustered(OpenfireServer node, Path hazelcast, int port, int first, int second)
            throws IOException {
        Path xml = node.home().resolve("conf/openfire.xml");
        String configuration = Files.readString(xml, StandardCharsets.UTF_8);
        // Openfire 5.1.1 writes a <clustering> element on the first start, 5.0.x does not.
        String enabled = configuration.contains("<clustering>")
                ? configuration.replace("<clustering>", "<clustering><enabled>true</enabled>")
                : configuration.replace("</jive>", "<clustering><enabled>true</enabled></clustering>\n</jive>");
        if (enabled.equals(configuration)) {
            throw new IllegalStateException(xml + " has neither <clustering> nor </jive> after the first start");
        }
        Files.writeString(xml, enabled, StandardCharsets.UTF_8);
        Files.writeString(node.home().resolve("conf/hazelcast-local-config.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <hazelcast xmlns="http://www.hazelcast.com/schema/config">
                  <network>
                    <port auto-increment="false">%d</port>
                    <join><multicast enabled="false"/><tcp-ip enabled="true">
                      <member>127.0.0.1:%d</member><member>127.0.0.1:%d</member></tcp-ip></join>
                    <interfaces enabled="true"><interface>127.0.0.1</interface></interfaces>
                  </network>
                </hazelcast>
                """.formatted(port, first, second), StandardCharsets.UTF_8);
        Files.copy(hazelcast, node.home().resolve("plugins/hazelcast.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        database.close();
    }
}
