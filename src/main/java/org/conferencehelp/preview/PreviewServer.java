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
                    staticFiles(options)));
        }
        server.setStopAtShutdown(true);
        server.start();
        return new PreviewServer(server, site, watch);
    }

    /** The files of {@code --static-dir} at {@code /static/}: the benchmark's baseline, on the same Jetty. */
    private static ContextHandler staticFiles(PreviewOptions options) {
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.root().newResource(options.staticDir().toAbsolutePath()));
        files.setDirAllowed(false);
        return new ContextHandler(files, "/static");
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
