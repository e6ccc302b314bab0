package org.conferencehelp.openfire;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import org.conferencehelp.http.HelpSite;
import org.conferencehelp.tls.FileHistoryStorage;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.http.HttpBindManager;
import org.jivesoftware.util.JiveGlobals;

/**
 * The Openfire plugin: wires the help site to Openfire's services and serves it on the public web server (the
 * BOSH/WebSocket Jetty on ports 7070 and 7443) at {@code /help/}. Unloading undoes each step, in reverse.
 */
public class ConferenceHelpPlugin implements Plugin {

    private HelpSite site;
    private ServerChangeEvents events;
    private ServletContextHandler context;

    @Override
    public void initializePlugin(PluginManager manager, File pluginDirectory) {
        site = new HelpSite(sources(XMPPServer.getInstance()), PluginSettings.asSiteSettings(), Clock.systemUTC(),
                getClass().getClassLoader());
        events = new ServerChangeEvents(site);
        events.register();
        context = site.context();
        HttpBindManager.getInstance().addJettyHandler(context);
    }

    @Override
    public void destroyPlugin() {
        if (context != null) {
            HttpBindManager.getInstance().removeJettyHandler(context);
            context.destroy();
            context = null;
        }
        if (events != null) {
            events.unregister();
            events = null;
        }
        if (site != null) {
            site.close();
            site = null;
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
