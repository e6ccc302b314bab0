package org.conferencehelp.preview;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.conferencehelp.http.HelpSite;
import org.conferencehelp.http.HelpWebContext;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.IdentityStoreSource;
import org.eclipse.jetty.ee8.servlet.DefaultServlet;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The standalone preview: the same pages from the same code, on an embedded Jetty, with demo data or a real key
 * store, and no Openfire. {@code java -jar target/conferencehelp-preview.jar --help} shows the options.
 */
public final class PreviewServer {

    private final Server server;
    private final HelpSite site;
    private final ScheduledExecutorService keystoreWatch;

    private PreviewServer(Server server, HelpSite site, ScheduledExecutorService keystoreWatch) {
        this.server = server;
        this.site = site;
        this.keystoreWatch = keystoreWatch;
    }

    public static void main(String[] args) throws Exception {
        PreviewOptions options;
        try {
            options = PreviewOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("conferencehelp-preview: " + e.getMessage() + "\n" + PreviewOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(PreviewOptions.USAGE);
            return;
        }
        PreviewServer preview = start(options);
        System.out.println("Conference Help preview: http://localhost:" + preview.port()
                + HelpWebContext.CONTEXT_PATH + "/using-conferences/");
        preview.server.join();
    }

    /** Starts the preview; port 0 picks a free one (see {@link #port()}). */
    static PreviewServer start(PreviewOptions options) throws Exception {
        Clock clock = Clock.systemUTC();
        DemoServer demo = new DemoServer(options.domain(), options.rooms(), options.churn());
        IdentityStoreSource stores;
        if (options.keystore() != null) {
            stores = new KeyStoreFile(options.keystore(), options.storepass().toCharArray());
        } else {
            // Demo data shows a renewal: the site first sees an older certificate, then the current one, so the
            // older one appears under "Previous certificates".
            KeyStore[] demoStore = {DemoCertificates.keyStoreFor(options.domain(), clock.instant().minus(
                    java.time.Duration.ofDays(60)))};
            stores = kind -> demoStore[0];
            KeyStore current = DemoCertificates.keyStoreFor(options.domain(), clock.instant());
            HelpSite site = site(options, demo, stores, clock);
            demoStore[0] = current;
            site.facts().certificatesChanged();
            return serve(options, site, null);
        }
        HelpSite site = site(options, demo, stores, clock);
        return serve(options, site, watchKeystore(options, site));
    }

    private static HelpSite site(PreviewOptions options, DemoServer demo, IdentityStoreSource stores, Clock clock) {
        HelpSite.Settings settings = HelpSite.Settings.defaults();
        if (options.refreshSeconds() > 0) {
            Duration interval = Duration.ofSeconds(options.refreshSeconds());
            settings = new HelpSite.Settings(settings.maxRoomsPerService(), () -> interval,
                    settings.historyRetention());
        }
        return new HelpSite(new HelpSite.Sources(options.domain(), demo, stores, demo, HistoryStorage.NONE),
                settings, clock, PreviewServer.class.getClassLoader());
    }

    private static PreviewServer serve(PreviewOptions options, HelpSite site, ScheduledExecutorService watch)
            throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);
        if (options.staticDir() == null) {
            server.setHandler(site.context());
        } else {
            server.setHandler(new ContextHandlerCollection(site.context().getCoreContextHandler(),
                    staticFiles(options), staticFilesThroughServlet(options)));
        }
        server.setStopAtShutdown(true);
        server.start();
        return new PreviewServer(server, site, watch);
    }

    /** The files of {@code --static-dir} at {@code /static/}, from a core handler: Jetty's cheapest way to serve. */
    private static ContextHandler staticFiles(PreviewOptions options) {
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.root().newResource(options.staticDir().toAbsolutePath()));
        files.setDirAllowed(false);
        return new ContextHandler(files, "/static");
    }

    /**
     * The same files at {@code /static-servlet/}, through the servlet layer the help pages also go through: Jetty's
     * ee8 {@code DefaultServlet}, set up as in the web application that serves the files of Openfire's own public web
     * server ({@code resources/spank}: Jetty's default descriptor, which caches files, but without directory listings).
     */
    private static ContextHandler staticFilesThroughServlet(PreviewOptions options) {
        ServletContextHandler files = new ServletContextHandler(null, "/static-servlet",
                ServletContextHandler.NO_SESSIONS);
        files.setBaseResource(ResourceFactory.root().newResource(options.staticDir().toAbsolutePath()));
        ServletHolder servlet = new ServletHolder("static", DefaultServlet.class);
        servlet.setInitParameter("dirAllowed", "false"); // the rest as in Jetty's webdefault-ee8.xml
        servlet.setInitParameter("maxCacheSize", "256000000");
        servlet.setInitParameter("maxCachedFileSize", "200000000");
        servlet.setInitParameter("maxCachedFiles", "2048");
        servlet.setInitParameter("useFileMappedBuffer", "true");
        files.addServlet(servlet, "/");
        return files.getCoreContextHandler();
    }

    /** A replaced key store file shows on the next request, as a replaced Openfire store does. */
    private static ScheduledExecutorService watchKeystore(PreviewOptions options, HelpSite site) {
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "conferencehelp-keystore-watch");
            thread.setDaemon(true);
            return thread;
        });
        FileTime[] last = {modified(options)};
        watch.scheduleWithFixedDelay(() -> {
            FileTime now = modified(options);
            if (now != null && !now.equals(last[0])) {
                last[0] = now;
                site.facts().certificatesChanged();
            }
        }, 1, 1, TimeUnit.SECONDS);
        return watch;
    }

    private static FileTime modified(PreviewOptions options) {
        try {
            return Files.getLastModifiedTime(options.keystore());
        } catch (Exception e) {
            return null;
        }
    }

    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    void stop() throws Exception {
        if (keystoreWatch != null) {
            keystoreWatch.shutdownNow();
        }
        server.stop();
        site.close();
    }
}
