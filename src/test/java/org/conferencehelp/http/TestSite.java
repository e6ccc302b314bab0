package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.conferencehelp.HelpSite;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.live.Cluster;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.PageContent;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.live.ServerSettingsSource;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.preview.DemoCertificates;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.IdentityStoreSource;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole help site on a real Jetty 12 (ee8), over fake sources a test can change at any time, read over HTTP.
 * The context sits in a dynamic {@link Handler.Sequence}, as in Openfire's public web server.
 *
 * <p>Configure the sources, then {@link #start()}; change them later and call {@link #certificatesChanged()} or
 * {@link #refreshDirectory()}, as the Openfire adapter does on an event.
 *
 * <p>Tests that only read the default site share one: {@code @RegisterExtension static final TestSite site = new
 * TestSite();} starts it before the class's first test and closes it after its last. Tests that configure their own
 * put it in an {@code @AutoClose} field.
 */
public final class TestSite implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final String DOMAIN = "example.org";
    static final String SERVICE = "conference." + DOMAIN;
    static final String SERVICE_DESCRIPTION = "Public chatrooms of the example team";
    /** Every date the site computes is at this instant. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final String PAGE = "/help/using-conferences/";
    static final String DEFINITIONS = "/help/definitions/";
    public static final String JSON = "/help/using-conferences.json";

    /** What the default fake server holds but must never show: hidden services, unlisted and locked rooms. */
    static final List<String> PRIVATE = List.of(
            "internal.example.org", "Hidden service: staff only", "vault-room",
            "staff-unlisted", "Staff room (unlisted)", "Where the admins plan", "alice.private@example.org/phone",
            "being-set-up", "Locked room under construction", "password is hunter2-xyzzy",
            "retired.example.org", "Disabled service, gone");

    /** Shared by every site: Java 17's client cannot be closed, and its connections are per port anyway. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper STRICT_JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static KeyStore defaultKeyStore;

    private volatile ConferenceServiceSource conferences = TestSite::defaultServices;
    private volatile IdentityStoreSource identityStores = kind -> defaultKeyStore();
    private volatile PageContent content = PageContent.DEFAULT;
    private Clock clock = CLOCK;
    private Cluster cluster = Cluster.ALONE;
    private volatile ServerSettingsSource settings = TestSite::defaultSettings;
    private HistoryStorage history = HistoryStorage.NONE;
    private Server server;
    private HelpSite site;
    private int port;

    /** The conference services as the fake server knows them, before the directory filters them. */
    public static List<ServiceListing> defaultServices() {
        return List.of(
                new ServiceListing(SERVICE, SERVICE_DESCRIPTION, true, false, List.of(
                        openRoom("lobby", "Lobby", "Say hello, ask anything.", "Welcome!", 12),
                        openRoom("support", "Support", "Help with your client.", "", 3),
                        new RoomListing("members", "Members’ corner", "For registered members.", "", 2,
                                true, false, true, false),
                        new RoomListing("staff-unlisted", "Staff room (unlisted)", "Where the admins plan",
                                "alice.private@example.org/phone", 4, false, false, false, false),
                        new RoomListing("being-set-up", "Locked room under construction",
                                "password is hunter2-xyzzy", "", 1, true, true, false, true))),
                new ServiceListing("internal.example.org", "Hidden service: staff only", true, true, List.of(
                        openRoom("vault-room", "Vault", "", "", 1))),
                new ServiceListing("retired.example.org", "Disabled service, gone", false, false, List.of()));
    }

    /** An ordinary room: public, not locked, open to non-members, without a password. */
    private static RoomListing openRoom(String node, String name, String description, String subject, int occupants) {
        return new RoomListing(node, name, description, subject, occupants, true, false, false, false);
    }

    public static ServerSettings defaultSettings() {
        return new ServerSettings(new FederationPolicy(true, FederationPolicy.TlsPolicy.OPTIONAL, true, false, true),
                "xmpp." + DOMAIN, ServerSettings.DEFAULT_CLIENT_PORT, ServerSettings.DEFAULT_SERVER_PORT);
    }

    /** One key store for the whole test run: generating keys is the slowest part of a site. */
    public static synchronized KeyStore defaultKeyStore() {
        if (defaultKeyStore == null) {
            try {
                defaultKeyStore = newKeyStore();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return defaultKeyStore;
    }

    /** A fresh key store whose self-signed certificate covers the domain and its subdomains. */
    static KeyStore newKeyStore() throws Exception {
        return DemoCertificates.keyStoreFor(DOMAIN, NOW);
    }

    /** The certificate of the (single) key entry of a store. */
    static X509Certificate certificateOf(KeyStore store) throws Exception {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return (X509Certificate) store.getCertificateChain(alias)[0];
            }
        }
        throw new IllegalArgumentException("no key entry");
    }

    TestSite conferences(ConferenceServiceSource source) {
        this.conferences = source;
        return this;
    }

    TestSite identityStores(IdentityStoreSource source) {
        this.identityStores = source;
        return this;
    }

    /** The server settings the site reads: {@link #defaultSettings()} unless a test gives others. */
    TestSite settings(ServerSettingsSource source) {
        this.settings = source;
        return this;
    }

    /** The site's clock: {@link #CLOCK} unless a test gives another. */
    TestSite clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** Serves the site as one node of the given cluster, keeping the fingerprint history in the given storage. */
    TestSite cluster(Cluster cluster, HistoryStorage history) {
        this.cluster = cluster;
        this.history = history;
        return this;
    }

    /** Builds the help site from the sources and serves it on 127.0.0.1, on a free port. */
    TestSite start() throws Exception {
        site = new HelpSite(new HelpSite.Sources(DOMAIN, () -> conferences.services(),
                kind -> identityStores.identityStore(kind), () -> settings.read(), history, cluster),
                SiteSettings.defaults().withContent(() -> content), clock, TestSite.class.getClassLoader());
        return serve(site.context());
    }

    /** The help site, to tell it of changes as the Openfire adapter does. */
    HelpSite site() {
        return site;
    }

    /** Serves a context built some other way (no help site of its own to close). */
    static TestSite serving(ServletContextHandler context) throws Exception {
        return new TestSite().serve(context);
    }

    /** A help site over the default fake server, not served anywhere yet. */
    static HelpSite newHelpSite() {
        return helpSite(TestSite::defaultServices, kind -> defaultKeyStore());
    }

    private static HelpSite helpSite(ConferenceServiceSource conferences, IdentityStoreSource identityStores) {
        return new HelpSite(new HelpSite.Sources(DOMAIN, conferences, identityStores, TestSite::defaultSettings,
                HistoryStorage.NONE), SiteSettings.defaults(), CLOCK, TestSite.class.getClassLoader());
    }

    private TestSite serve(ServletContextHandler context) throws Exception {
        server = newServer();
        Handler.Sequence extensions = new Handler.Sequence(true, List.of());
        extensions.addHandler(context);
        server.setHandler(extensions);
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return this;
    }

    /** A Jetty server on 127.0.0.1 and a free port, small enough for a shared two-core machine. */
    public static Server newServer() {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("test-jetty");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        return server;
    }

    int port() {
        return port;
    }

    /** Replaces the identity store both kinds return, and tells the site, as a certificate event would. */
    void replaceKeyStore(KeyStore store) {
        identityStores = kind -> store;
        certificatesChanged();
    }

    /** Sets what the administrator publishes and tells the site, as a changed system property would. */
    void content(PageContent changed) {
        content = changed;
        site.pageContentChanged();
    }

    void certificatesChanged() {
        site.certificatesChanged();
    }

    void refreshDirectory() {
        site.roomsChanged();
    }

    /** GET with the given headers, as name, value, name, value… */
    Response get(String path, String... headers) throws IOException, InterruptedException {
        return request("GET", path, headers);
    }

    Response request(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (site != null) {
            site.close();
        }
    }

    /** One HTTP response, read whole. */
    record Response(int status, HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Document html() {
            return Jsoup.parse(text(), "http://127.0.0.1/");
        }

        JsonNode json() throws IOException {
            return strictJson(body);
        }

        /** The body as text, unzipped when it came gzipped. */
        String decodedText() throws IOException {
            return new String("gzip".equals(header("Content-Encoding")) ? gunzip(body) : body,
                    StandardCharsets.UTF_8);
        }
    }

    /** Parses JSON strictly: trailing garbage after the document is an error too. */
    static JsonNode strictJson(byte[] body) throws IOException {
        return STRICT_JSON.readTree(body);
    }

    static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    /** No stack trace, exception or class name in a body. */
    static void assertNoInternals(String body) {
        for (String sign : new String[] {"Exception", "\tat ", "at org.", "at java.", "java.", "org.eclipse"}) {
            assertFalse(body.contains(sign), "the body shows \"" + sign + "\": " + body);
        }
    }
}
