package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One real Openfire for a test class: a copy of the distribution named by {@code -Dopenfire.home} (never started in
 * place) in target/openfire-it/VERSION/NAME/, set up by autosetup (embedded database, domain example.org, users
 * alice and bob, everything on 127.0.0.1 on free ports), with the freshly built plugin installed. Closing it stops
 * the server; a JVM shutdown hook does so too if the tests never get that far. The copy, with logs/openfire.log, is
 * kept for reading after the run.
 */
final class OpenfireServer implements AutoCloseable {

    static final String DOMAIN = "example.org";
    static final String CONFERENCE_SERVICE = "conference." + DOMAIN;
    static final String PLUGIN_FILE = "conferencehelp.jar";

    private static final Duration START_BOUND = Duration.ofSeconds(180);
    private static final Duration STOP_BOUND = Duration.ofSeconds(30);
    private static final Pattern SERVER_JAR = Pattern.compile("xmppserver-(.+)\\.jar");

    private final Path home;
    private final String version;
    private final OpenfirePorts ports;
    /** The loopback address everything listens on: 127.0.0.1, or one of its own for a node of a cluster. */
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Thread shutdownHook;

    private OpenfireServer(Path home, String version, OpenfirePorts ports, String address) {
        this.home = home;
        this.version = version;
        this.ports = ports;
        this.address = address;
    }

    /** Copies the distribution, writes its autosetup configuration and installs the plugin; starts nothing. */
    static OpenfireServer install(String name) throws IOException {
        return install(name, "127.0.0.1", OpenfirePorts.free(), UnaryOperator.identity());
    }

    /**
     * Like {@link #install(String)}, on the given loopback address and ports, with the autosetup configuration
     * changed as given (another database, say).
     */
    static OpenfireServer install(String name, String address, OpenfirePorts ports, UnaryOperator<String> configure)
            throws IOException {
        Path home = freshCopy(name);
        String xml = configuration(ports).replace("<interface>127.0.0.1</interface>",
                "<interface>" + address + "</interface>");
        Files.writeString(home.resolve("conf/openfire.xml"), configure.apply(xml), StandardCharsets.UTF_8);
        OpenfireServer server = new OpenfireServer(home, versionOf(distribution()), ports, address);
        server.installPlugin();
        return server;
    }

    /**
     * Another node of the same server, as an administrator adds one: a fresh copy of the distribution with the first
     * node's openfire.xml (changed as given), security.xml (the key of the stored database password) and
     * certificates, and the plugin.
     */
    static OpenfireServer anotherNode(OpenfireServer first, String name, String address, OpenfirePorts ports,
                                      UnaryOperator<String> configure) throws IOException {
        Path home = freshCopy(name);
        String xml = Files.readString(first.home.resolve("conf/openfire.xml"), StandardCharsets.UTF_8)
                .replace("<interface>" + first.address + "</interface>", "<interface>" + address + "</interface>");
        Files.writeString(home.resolve("conf/openfire.xml"), configure.apply(xml), StandardCharsets.UTF_8);
        Files.copy(first.home.resolve("conf/security.xml"), home.resolve("conf/security.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        deleteTree(home.resolve("resources/security"));
        copyTree(first.home.resolve("resources/security"), home.resolve("resources/security"));
        OpenfireServer server = new OpenfireServer(home, first.version, ports, address);
        server.installPlugin();
        return server;
    }

    private static Path freshCopy(String name) throws IOException {
        Path distribution = distribution();
        Path home = workRoot().resolve(versionOf(distribution)).resolve(name);
        deleteTree(home);
        copyTree(distribution, home);
        return home;
    }

    /** Where the test servers live: target/openfire-it, as the profile says. */
    static Path workRoot() {
        return Path.of(System.getProperty("openfire.it.dir", "target/openfire-it")).toAbsolutePath();
    }

    /** Starts Openfire and waits until the help page answers (any answer but 404: the plugin serves it). */
    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/openfire.sh").toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("stdout.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("OPENFIRE_HOME");
        // For the nodes of a cluster: no call to Hazelcast's site, and Hazelcast on the configured interface only.
        builder.environment().put("OPENFIRE_OPTS", "-Dhazelcast.phone.home.enabled=false "
                + "-Dhazelcast.socket.bind.any=false");
        process = builder.start(); // openfire.sh execs java: this is the server's JVM
        Process running = process;
        shutdownHook = new Thread(() -> stopProcess(running), "stop Openfire " + home.getFileName());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitPage(started);
    }

    /** Stops Openfire: asks it to shut down, and kills it if it is still there after 30 s. */
    void stop() {
        if (process == null) {
            return;
        }
        long started = System.nanoTime();
        stopProcess(process);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs (or ran) anyway
        }
        RunLog.line(version, "Openfire stopped (" + home.getFileName() + ") in "
                + RunLog.seconds(Duration.ofNanos(System.nanoTime() - started)));
        process = null;
    }

    void restart() throws IOException, InterruptedException {
        stop();
        start();
    }

    @Override
    public void close() {
        stop();
    }

    String version() {
        return version;
    }

    OpenfirePorts ports() {
        return ports;
    }

    String address() {
        return address;
    }

    /** Waits until logs/openfire.log has one more line containing {@code text} than it had {@code before}. */
    void awaitLog(String text, long before, Duration bound) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (logLines(text) > before) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("\"" + text + "\" not logged within " + bound.toSeconds() + " s; see " + log());
    }

    /** How many lines of logs/openfire.log contain {@code text}. */
    long logLines(String text) throws IOException {
        if (!Files.exists(log())) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log(), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    Path home() {
        return home;
    }

    Path log() {
        return home.resolve("logs/openfire.log");
    }

    Path installedPlugin() {
        return home.resolve("plugins").resolve(PLUGIN_FILE);
    }

    /** Puts the plugin jar into plugins/ in one step (a rename), so that Openfire never sees half a jar. */
    void installPlugin() throws IOException {
        Path staged = home.resolve(PLUGIN_FILE + ".staged");
        Files.copy(pluginJar(), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, installedPlugin(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void removePlugin() throws IOException {
        Files.delete(installedPlugin());
    }

    /** The whole of logs/openfire.log as it is now. */
    OpenfireLog readLog() throws IOException {
        return OpenfireLog.read(log());
    }

    private void awaitPage(long started) throws IOException, InterruptedException {
        URI page = URI.create("http://" + address + ":" + ports.http() + "/help/using-conferences/");
        long deadline = started + START_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Openfire exited with " + process.exitValue() + " while starting; see "
                        + home.resolve("stdout.log") + " and " + log());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 404) {
                    RunLog.line(version, "Openfire started (" + home.getFileName() + ", HTTP " + ports.http()
                            + ", client " + ports.client() + ") and the help page answered "
                            + response.statusCode() + " after "
                            + RunLog.seconds(Duration.ofNanos(System.nanoTime() - started)));
                    return;
                }
            } catch (IOException notYet) {
                // the public web server is not listening yet
            }
            Thread.sleep(500);
        }
        stop();
        throw new IllegalStateException("the help page did not answer within " + START_BOUND.toSeconds()
                + " s of starting Openfire; see " + log());
    }

    private static void stopProcess(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: Openfire's own shutdown hook stops it cleanly
        try {
            if (!process.waitFor(STOP_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path distribution() {
        String property = System.getProperty("openfire.home");
        if (property == null || property.isBlank()) {
            throw new IllegalStateException("Set -Dopenfire.home=PATH to an unconfigured Openfire 5.x distribution "
                    + "(the folder with bin/, lib/ and plugins/).");
        }
        Path distribution = Path.of(property).toAbsolutePath();
        if (!Files.isRegularFile(distribution.resolve("bin/openfire.sh"))) {
            throw new IllegalStateException("-Dopenfire.home=" + property + " is not an Openfire distribution: "
                    + "it has no bin/openfire.sh");
        }
        return distribution;
    }

    private static String versionOf(Path distribution) throws IOException {
        try (Stream<Path> jars = Files.list(distribution.resolve("lib"))) {
            return jars.map(p -> SERVER_JAR.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(distribution + "/lib has no xmppserver-VERSION.jar"));
        }
    }

    private static Path pluginJar() {
        Path jar = Path.of(System.getProperty("conferencehelp.pluginJar", "target/" + PLUGIN_FILE));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the plugin is built in the package phase");
        }
        return jar;
    }

    private static String configuration(OpenfirePorts ports) throws IOException {
        String template;
        try (InputStream in = OpenfireServer.class.getResourceAsStream("openfire.xml")) {
            if (in == null) {
                throw new IllegalStateException("openfire.xml is not beside OpenfireServer");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> placeholder : ports.placeholders().entrySet()) {
            template = template.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        if (template.contains("${")) {
            throw new IllegalStateException("openfire.xml has a placeholder without a value");
        }
        return template;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
