package org.conferencehelp.preview;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.conferencehelp.HelpSite;
import org.conferencehelp.chat.ConferenceServiceSource;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.SitePaths;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.IdentityStoreKind;
import org.conferencehelp.tls.IdentityStoreSource;
import org.conferencehelp.tls.PresentedCertificates;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

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
        start(options).announceAndWait();
    }

    /** Starts the preview on demo data; port 0 picks a free one (see {@link #port()}). */
    public static PreviewServer start(PreviewOptions options) throws Exception {
        return start(options, new DemoServer(options.domain(), options.rooms()), SiteSettings.defaults(), List.of());
    }

    /**
     * Starts the preview with the given rooms and settings, and other handlers beside the help site on the same
     * Jetty (for the benchmark's baselines).
     */
    public static PreviewServer start(PreviewOptions options, ConferenceServiceSource conferences,
                                      SiteSettings settings, List<ContextHandler> alsoServed) throws Exception {
        Clock clock = Clock.systemUTC();
        DemoServer demo = new DemoServer(options.domain(), 0);
        if (options.keystore() != null) {
            HelpSite site = new HelpSite(sources(options, conferences, demo,
                    new KeyStoreFile(options.keystore(), options.storepass().toCharArray())), settings, clock,
                    PreviewServer.class.getClassLoader());
            return serve(options, site, alsoServed, watchKeystore(options, site));
        }
        // Demo data shows a renewal: the site first sees an older certificate, then the current one, so the older
        // one appears under "Previous certificates".
        KeyStore[] demoStore = {DemoCertificates.keyStoreFor(options.domain(), clock.instant().minus(
                Duration.ofDays(60)))};
        KeyStore current = DemoCertificates.keyStoreFor(options.domain(), clock.instant());
        IdentityStoreSource demoStores = new IdentityStoreSource() {
            @Override
            public KeyStore identityStore(IdentityStoreKind kind) {
                return demoStore[0];
            }

            @Override
            public List<X509Certificate> presented(IdentityStoreKind kind) throws Exception {
                return PresentedCertificates.of(demoStore[0], DemoCertificates.PASSWORD.toCharArray());
            }
        };
        HelpSite site = new HelpSite(sources(options, conferences, demo, demoStores), settings, clock,
                PreviewServer.class.getClassLoader());
        demoStore[0] = current;
        site.certificatesChanged();
        return serve(options, site, alsoServed, null);
    }

    private static HelpSite.Sources sources(PreviewOptions options, ConferenceServiceSource conferences,
                                            DemoServer demo, IdentityStoreSource stores) {
        return new HelpSite.Sources(options.domain(), conferences, stores, demo, HistoryStorage.NONE);
    }

    private static PreviewServer serve(PreviewOptions options, HelpSite site, List<ContextHandler> alsoServed,
                                       ScheduledExecutorService watch) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(options.port());
        server.addConnector(connector);
        if (alsoServed.isEmpty()) {
            server.setHandler(site.context());
        } else {
            List<ContextHandler> handlers = new ArrayList<>(List.of(site.context().getCoreContextHandler()));
            handlers.addAll(alsoServed);
            server.setHandler(new ContextHandlerCollection(handlers.toArray(ContextHandler[]::new)));
        }
        server.setStopAtShutdown(true);
        server.start();
        site.start();
        return new PreviewServer(server, site, watch);
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
                site.certificatesChanged();
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

    /** Prints where the pages are (the benchmark reads this line for the port), then serves until stopped. */
    public void announceAndWait() throws InterruptedException {
        System.out.println("Conference Help preview: http://localhost:" + port()
                + SitePaths.page(HelpPage.CONFERENCES));
        server.join();
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public void stop() throws Exception {
        if (keystoreWatch != null) {
            keystoreWatch.shutdownNow();
        }
        server.stop();
        site.close();
    }
}
