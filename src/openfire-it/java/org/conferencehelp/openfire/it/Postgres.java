package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL of the test's own, on 127.0.0.1 and a free port, from the server binaries of the machine (Debian's
 * {@code postgresql} package: {@code -Dpostgres.bin}, default /usr/lib/postgresql/15/bin), with a database
 * {@code openfire} owned by user {@code openfire} (password {@code openfire}). Run as root, the server runs as the
 * {@code postgres} user, as PostgreSQL requires.
 */
final class Postgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;

    private Postgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** Creates a new cluster in {@code folder} (emptied first) and starts it. */
    static Postgres start(Path folder) throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("postgres.bin", "/usr/lib/postgresql/15/bin"));
        if (!Files.isExecutable(bin.resolve("initdb"))) {
            throw new IllegalStateException("No PostgreSQL server binaries in " + bin
                    + " (apt-get install postgresql, or -Dpostgres.bin=PATH)");
        }
        OpenfireServer.deleteTree(folder);
        Files.createDirectories(folder);
        if (asRoot()) {
            run("chown", "postgres", folder.toString());
        }
        Postgres postgres = new Postgres(bin, folder.resolve("data"), freePort());
        postgres.serverCommand(bin.resolve("initdb") + " -D " + postgres.data + " -A trust -U postgres");
        postgres.serverCommand(bin.resolve("pg_ctl") + " -D " + postgres.data + " -l " + folder.resolve("pg.log")
                + " -w -t 60 -o '-p " + postgres.port + " -c listen_addresses=127.0.0.1 -k " + folder + "' start");
        run(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", Integer.toString(postgres.port), "-U",
                "postgres", "-c", "CREATE USER openfire PASSWORD 'openfire'", "-c",
                "CREATE DATABASE openfire OWNER openfire");
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/openfire";
    }

    /** The {@code <database>} of an autosetup block for this database. */
    String autosetupDatabase() {
        return "<database><mode>standard</mode><defaultProvider><driver>org.postgresql.Driver</driver>"
                + "<serverURL>" + jdbcUrl() + "</serverURL><username>openfire</username>"
                + "<password>openfire</password><minConnections>2</minConnections>"
                + "<maxConnections>20</maxConnections><connectionTimeout>1.0</connectionTimeout>"
                + "</defaultProvider></database>";
    }

    @Override
    public void close() {
        try {
            serverCommand(bin.resolve("pg_ctl") + " -D " + data + " -m fast -w -t 60 stop");
        } catch (IOException | RuntimeException e) {
            System.err.println("[openfire-it] could not stop PostgreSQL in " + data + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serverCommand(String command) throws IOException, InterruptedException {
        if (asRoot()) {
            run("su", "postgres", "-c", command);
        } else {
            run("sh", "-c", command);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
