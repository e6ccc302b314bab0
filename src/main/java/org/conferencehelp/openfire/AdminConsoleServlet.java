package org.conferencehelp.openfire;

import org.conferencehelp.admin.ConsolePage;
import org.conferencehelp.admin.ConsoleServlet;
import org.jivesoftware.openfire.XMPPServer;

/**
 * The console page's servlet, as web/WEB-INF/web.xml names it: Openfire creates it (with this constructor) before
 * the plugin starts, maps it under /plugins/conferencehelp/, puts its login and CSRF checks in front of it and
 * decorates its answer. It finds the running plugin's page on each request.
 */
public class AdminConsoleServlet extends ConsoleServlet {

    public AdminConsoleServlet() {
        super(AdminConsoleServlet::runningPage);
    }

    /** By plugin.xml's name, which does not change when the plugin's jar is renamed. */
    private static ConsolePage runningPage() {
        return XMPPServer.getInstance().getPluginManager().getPluginByName(PluginSettings.PLUGIN_NAME)
                .filter(ConferenceHelpPlugin.class::isInstance)
                .map(plugin -> ((ConferenceHelpPlugin) plugin).console())
                .orElse(null);
    }
}
