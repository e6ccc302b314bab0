package org.conferencehelp.openfire;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nonnull;
import org.conferencehelp.live.PublicWeb;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.http.HttpBindManager;
import org.jivesoftware.openfire.user.User;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.util.JiveGlobals;
import org.xmpp.packet.JID;

/**
 * The public web server as Openfire runs it: the port its pages are linked on (secure when it is up), whether the
 * inVerse web client and the Monitoring plugin's public conversation logs are there, and the administrators'
 * addresses Openfire publishes (XEP-0157).
 */
record OpenfirePublicWeb(@Nonnull XMPPServer server) {

    /** The plugins' names in their plugin.xml (what {@link PluginManager#getPluginByName} matches). */
    static final String WEB_CLIENT_PLUGIN = "inVerse";
    static final String MONITORING_PLUGIN = "Monitoring Service";
    /** The Monitoring plugin's switch for its public conversation logs (off by default). */
    static final String PUBLIC_LOGS = "archive.settings.logapi.enabled";
    /** Openfire's switch that stops it publishing its administrators' addresses. */
    static final String DISABLE_EXPOSURE = "admin.disable-exposure";
    /** The public web server's ports (the names of {@code HttpBindManager.HTTP_BIND_[SECURE_]PORT}). */
    static final String PLAIN_PORT = "httpbind.port.plain";
    static final String SECURE_PORT = "httpbind.port.secure";

    PublicWeb read() {
        PluginManager plugins = server.getPluginManager();
        HttpBindManager web = HttpBindManager.getInstance();
        // The secure port when it is up, else the plain one; both before the web server started.
        boolean secure = web.isHttpsBindActive() || !web.isHttpBindActive();
        return new PublicWeb(secure, secure ? JiveGlobals.getIntProperty(SECURE_PORT, 7443)
                : JiveGlobals.getIntProperty(PLAIN_PORT, 7070), plugins.getPluginByName(WEB_CLIENT_PLUGIN).isPresent(),
                plugins.getPluginByName(MONITORING_PLUGIN).isPresent()
                        && JiveGlobals.getBooleanProperty(PUBLIC_LOGS, false),
                contacts());
    }

    /** What Openfire's own disco#info publishes as {@code admin-addresses}, in its order. */
    private List<String> contacts() {
        if (JiveGlobals.getBooleanProperty(DISABLE_EXPOSURE, false)) {
            return List.of();
        }
        List<String> contacts = new ArrayList<>();
        String domain = server.getServerInfo().getXMPPDomain();
        for (JID admin : server.getAdmins()) {
            contacts.add("xmpp:" + admin.toBareJID());
        }
        for (JID admin : server.getAdmins()) {
            if (domain.equals(admin.getDomain()) && admin.getNode() != null) {
                try {
                    User user = UserManager.getInstance().getUser(admin.getNode());
                    if (user.getEmail() != null && !user.getEmail().isBlank()) {
                        contacts.add("mailto:" + user.getEmail().strip());
                    }
                } catch (UserNotFoundException e) {
                    // an administrator without a local account has no address book entry to publish
                }
            }
        }
        return contacts;
    }
}
