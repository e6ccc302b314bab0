package org.conferencehelp.admin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.conferencehelp.HelpSite;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.http.TestSite;
import org.conferencehelp.live.PageContent;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.openfire.OpenfireConsoleSession;
import org.conferencehelp.page.Language;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.MutableClock;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The help site and its console page on one real Jetty 12 (ee8): the site at {@code /help/}, the console at
 * {@code /plugins/conferencehelp/console} in a context with sessions, as in Openfire's admin console. What stands in
 * for Openfire is as little as the page needs: a login that stores what Openfire's login stores
 * ({@code jive.admin.authToken}), and a filter that issues a fresh {@code csrf} request attribute per request, as
 * Openfire's PluginServlet does before calling a plugin's servlet. That filter refuses nothing: every refusal
 * tested here is the page's own. The console's session handling is the plugin's real {@link OpenfireConsoleSession}.
 * Settings live in a field; saving them tells the site, as the properties' listeners do in Openfire.
 */
public final class ConsoleSite implements AutoCloseable {

    public static final String CONSOLE = "/plugins/conferencehelp/console";
    public static final String LOGIN = "/plugins/login";

    final MutableClock clock = new MutableClock(TestSite.NOW);
    private final AtomicReference<ConsoleValues> values = new AtomicReference<>(ConsoleModel.defaults());
    private volatile KeyStore keyStore = TestSite.defaultKeyStore();
    private volatile Language adminLanguage = Language.EN;
    private final HelpSite site;
    private final Server server;
    private final int port;

    public ConsoleSite() throws Exception {
        site = new HelpSite(new HelpSite.Sources(TestSite.DOMAIN, TestSite::defaultServices, kind -> keyStore,
                TestSite::defaultSettings, HistoryStorage.NONE), new SiteSettings(() -> values.get().maxRooms(),
                () -> values.get().refresh(), () -> values.get().retention(),
                () -> new PageContent(values.get().sections(), values.get().words(),
                        ChatApps.orBundled(values.get().apps(), problem -> { }))), clock,
                getClass().getClassLoader());
        ConsolePage page = new ConsolePage(new ConsolePage.Sources(site::facts,
                () -> new PublicWebServer(true, "http://xmpp.example.org:7070", "https://xmpp.example.org:7443",
                        true), new StoredSettings(), new OpenfireConsoleSession()), site.messages(),
                () -> adminLanguage);
        ServletContextHandler console = new ServletContextHandler(null, "/plugins", ServletContextHandler.SESSIONS);
        console.addServlet(new ServletHolder(new LoginStandIn()), "/login");
        console.addServlet(new ServletHolder(new TokenIssuingStandIn(new ConsoleServlet(() -> page))),
                "/conferencehelp/console");
        server = TestSite.newServer();
        Handler.Sequence contexts = new Handler.Sequence(true, List.of());
        contexts.addHandler(site.context());
        contexts.addHandler(console);
        server.setHandler(contexts);
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The settings as saved. */
    ConsoleValues values() {
        return values.get();
    }

    /** Sets the settings the way the System Properties page would: past the form and its checks. */
    void setDirectly(ConsoleValues changed) {
        new StoredSettings().save(changed);
    }

    /** A text of the bundles, in a language. */
    String messages(Language language, String key) {
        return site.messages().get(language).get(key);
    }

    void adminLanguage(Language language) {
        adminLanguage = language;
    }

    void replaceKeyStore(KeyStore store) {
        keyStore = store;
        site.certificatesChanged();
    }

    /** A browser of its own: its own cookies, so its own session. */
    Browser browser() {
        return new Browser();
    }

    /** A GET of the public site, without any session. */
    Browser.Page publicGet(String path) throws IOException, InterruptedException {
        return new Browser().get(path);
    }

    /** Where a path answers, for a real browser, e.g. {@code http://127.0.0.1:40123/plugins/login}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        site.close();
    }

    private final class StoredSettings implements ConsoleSettings {
        @Override
        public ConsoleValues read() {
            return values.get();
        }

        @Override
        public void save(ConsoleValues changed) {
            values.set(changed);
            site.roomsChanged();
            site.historyRetentionChanged();
            site.pageContentChanged();
        }
    }

    /** What Openfire's login leaves in the session, as far as the page can see. */
    private static final class LoginStandIn extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            request.getSession().setAttribute("jive.admin.authToken", "admin");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    /** As Openfire's PluginServlet before a plugin servlet: a new token per request, in the session and request. */
    private static final class TokenIssuingStandIn extends HttpServlet {
        private final transient HttpServlet page;
        private final transient SecureRandom random = new SecureRandom();

        TokenIssuingStandIn(HttpServlet page) {
            this.page = page;
        }

        @Override
        public void init() throws javax.servlet.ServletException {
            page.init(getServletConfig());
        }

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
                throws IOException, javax.servlet.ServletException {
            byte[] token = new byte[16];
            random.nextBytes(token);
            String csrf = HexFormat.of().formatHex(token);
            request.getSession().setAttribute("csrf", csrf);
            request.setAttribute("csrf", csrf);
            page.service(request, response);
        }
    }

    /** An HTTP client with its own cookie jar; follows no redirect by itself. */
    final class Browser {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        record Page(int status, String location, String body) {
            Document html() {
                return Jsoup.parse(body, "http://127.0.0.1/");
            }
        }

        Browser logIn() throws IOException, InterruptedException {
            get(LOGIN);
            return this;
        }

        Page get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        /** The console page, read. */
        Document console() throws IOException, InterruptedException {
            return get(CONSOLE).html();
        }

        /** The token in the console form last shown. */
        String token(Document console) {
            return console.selectFirst("form input[name=csrf]").val();
        }

        /** Posts the form's fields, url-encoded, as a browser would. */
        Page post(Map<String, String> fields) throws IOException, InterruptedException {
            return post(fields.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList());
        }

        Page post(List<List<String>> fields) throws IOException, InterruptedException {
            StringJoiner body = new StringJoiner("&");
            fields.forEach(f -> body.add(URLEncoder.encode(f.get(0), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(f.get(1), StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(uri(CONSOLE))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                    response.body());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
