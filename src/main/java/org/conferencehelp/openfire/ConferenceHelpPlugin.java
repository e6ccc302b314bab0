package org.conferencehelp.openfire;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.conferencehelp.HelpSite;
import org.conferencehelp.tls.FileHistoryStorage;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.http.HttpBindManager;
import org.jivesoftware.util.JiveGlobals;
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

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        try {
            HelpSite site = new HelpSite(sources(XMPPServer.getInstance()), PluginSettings.siteSettings(),
                    Clock.systemUTC(), getClass().getClassLoader());
            undo.push(site::close);
            ServerChangeEvents events = new ServerChangeEvents(site);
            events.register();
            undo.push(events::unregister);
            undo.push(PluginSettings.listen(site));
            ServletContextHandler context = site.context();
            HttpBindManager httpBind = HttpBindManager.getInstance();
            httpBind.addJettyHandler(context);
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

    static HelpSite.Sources sources(XMPPServer server) {
        return new HelpSite.Sources(
                server.getServerInfo().getXMPPDomain(),
                new OpenfireConferenceServices(server.getMultiUserChatManager()),
                new OpenfireIdentityStores(server.getCertificateStoreManager()),
                new OpenfireServerSettings(server.getConnectionManager(), server.getServerInfo()),
                new FileHistoryStorage(historyFile()));
    }

    /** Outside the plugin folder, which Openfire deletes on every upgrade of the plugin. */
    static Path historyFile() {
        return JiveGlobals.getHomePath().resolve("conferencehelp").resolve("fingerprint-history.txt");
    }
}
