package org.conferencehelp.openfire;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.conferencehelp.HelpSite;
import org.conferencehelp.admin.ConsolePage;
import org.conferencehelp.page.Language;
import org.conferencehelp.tls.FileHistoryStorage;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.http.HttpBindManager;
import org.jivesoftware.util.JiveGlobals;
import org.jivesoftware.util.Version;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Openfire plugin: wires the help site to Openfire's services and serves it on the public web server (the
 * BOSH/WebSocket Jetty on ports 7070 and 7443) at {@code /help/}. Each step of starting leaves behind what undoes
 * it; unloading, or a step that fails, undoes them all in reverse, every one even when another fails.
 */
public class ConferenceHelpPlugin implements Plugin {

    private static final Logger LOG = LoggerFactory.getLogger(ConferenceHelpPlugin.class);

    private final Deque<Runnable> undo = new ArrayDeque<>();
    private volatile ConsolePage console;

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        try {
            OpenfireCluster cluster = new OpenfireCluster(sharedCache());
            HelpSite site = new HelpSite(sources(XMPPServer.getInstance(), cluster), PluginSettings.siteSettings(),
                    Clock.systemUTC(), getClass().getClassLoader());
            cluster.listen(site);
            undo.push(cluster::stopListening);
            ServerChangeEvents events = new ServerChangeEvents(site);
            events.register(manager);
            undo.push(() -> events.unregister(manager));
            RoomEvents rooms = new RoomEvents(site);
            rooms.register();
            undo.push(rooms::unregister);
            undo.push(PluginSettings.listen(site));
            console = new ConsolePage(new ConsolePage.Sources(site::facts,
                    new OpenfirePublicWebServer(HttpBindManager.getInstance(), XMPPServer.getInstance().getServerInfo()),
                    PluginSettings.consoleSettings(), new OpenfireConsoleSession()), site.messages(),
                    ConferenceHelpPlugin::consoleLanguage);
            undo.push(() -> console = null);
            ServletContextHandler context = site.context();
            HttpBindManager httpBind = HttpBindManager.getInstance();
            addToPublicWebServer(httpBind, context, XMPPServer.getInstance().getServerInfo().getVersion());
            undo.push(() -> {
                httpBind.removeJettyHandler(context);
                context.destroy();
            });
            // The setting, not isHttpBindEnabled(): at startup plugins load before the web server runs.
            if (!JiveGlobals.getBooleanProperty("httpbind.enabled", true)) {
                LOG.warn("HTTP binding is disabled (httpbind.enabled), so Openfire runs no public web server: the "
                        + "help pages are not served until it is enabled again.");
            }
            site.start(); // last: a background thread only once nothing can fail any more
            undo.push(site::close);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Conference Help could not start; what it had set up is undone.", e);
            destroyPlugin();
            throw e;
        }
    }

    @Override
    public void destroyPlugin() {
        while (!undo.isEmpty()) {
            try {
                undo.pop().run();
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("A step of unloading Conference Help failed; the remaining steps run anyway.", e);
            }
        }
    }

    /** The admin console page while the plugin runs, else {@code null} (see {@link AdminConsoleServlet}). */
    ConsolePage console() {
        return console;
    }

    /** The language Openfire's admin console speaks, if the page has it; else English. */
    static Language consoleLanguage() {
        Language language = Language.named(JiveGlobals.getLocale().toLanguageTag());
        return language != null ? language : Language.FALLBACK;
    }

    /**
     * Openfire 5.0.0 and 5.0.1 (OF-3108) cannot restart their public web server (a certificate change restarts it)
     * once a plugin added a handler while it ran: it stays down, for every plugin and for BOSH. A handler added
     * while it is stopped is restarted with it, so on those releases the plugin adds its handler that way. Connected
     * BOSH and WebSocket clients reconnect once.
     */
    static void addToPublicWebServer(HttpBindManager httpBind, ServletContextHandler context, Version server) {
        boolean restartBroken = server != null && server.getMajor() == 5 && server.getMinor() == 0
                && server.getMicro() <= 1;
        if (restartBroken && httpBind.isHttpBindEnabled()) {
            LOG.info("Openfire {}.{}.{} cannot restart its web server with handlers added while it runs (OF-3108): "
                    + "restarting it once to add the help pages.", server.getMajor(), server.getMinor(),
                    server.getMicro());
            httpBind.stop();
            try {
                httpBind.addJettyHandler(context);
            } finally {
                httpBind.start();
            }
        } else {
            httpBind.addJettyHandler(context);
        }
    }

    /** The name of the clustered cache the nodes share facts through ({@link OpenfireCluster}). */
    static final String CACHE = "Conference Help";

    /** Kept until removed, and small: a few certificates per node, a counter per node, the history. */
    static Cache<String, String> sharedCache() {
        // Settings in the shared database: written once, not on every start (nodes starting together would race).
        if (!CacheFactory.hasMaxLifetimeFromProperty(CACHE)) {
            CacheFactory.setMaxLifetimeProperty(CACHE, -1);
        }
        if (!CacheFactory.hasMaxSizeFromProperty(CACHE)) {
            CacheFactory.setMaxSizeProperty(CACHE, 1024 * 1024);
        }
        return CacheFactory.createCache(CACHE);
    }

    static HelpSite.Sources sources(XMPPServer server, OpenfireCluster cluster) {
        return new HelpSite.Sources(
                server.getServerInfo().getXMPPDomain(),
                new OpenfireConferenceServices(server.getMultiUserChatManager(),
                        new UnloadedRooms(server.getMultiUserChatManager(), Clock.systemUTC())),
                new OpenfireIdentityStores(server.getCertificateStoreManager(), server.getConnectionManager()),
                new OpenfireServerSettings(server.getConnectionManager(), server.getServerInfo(),
                        new OpenfirePublicWeb(server)),
                new ClusterHistoryStorage(cluster.cache(), new FileHistoryStorage(historyFile()), cluster),
                cluster);
    }

    /** Outside the plugin folder, which Openfire deletes on every upgrade of the plugin. */
    static Path historyFile() {
        return JiveGlobals.getHomePath().resolve("conferencehelp").resolve("fingerprint-history.txt");
    }
}
