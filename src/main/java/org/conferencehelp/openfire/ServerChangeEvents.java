package org.conferencehelp.openfire;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.conferencehelp.live.ServerChanges;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginListener;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.keystore.CertificateStore;
import org.jivesoftware.util.CertificateEventListener;
import org.jivesoftware.util.CertificateManager;
import org.jivesoftware.util.PropertyEventDispatcher;
import org.jivesoftware.util.PropertyEventListener;

/**
 * Passes Openfire's events about its identity stores and its own settings on to the help site. Openfire calls these
 * on its own threads (the store watcher, the admin console's request); the work they trigger is reading stores and
 * settings once, never rendering. The plugin's own settings have their own listeners ({@link PluginSettings}).
 */
final class ServerChangeEvents implements CertificateEventListener, PropertyEventListener, PluginListener {

    /** Openfire keeps its federation, TLS and listener settings under this prefix; rereading them is cheap. */
    private static final String OPENFIRE_SETTINGS = "xmpp.";
    /** The host name Openfire knows itself by, in openfire.xml. */
    private static final String HOST_NAME = "fqdn";
    /**
     * Where the client and server identity stores are, and how to open them: switching stores in the admin console
     * changes these and raises no certificate event.
     */
    /**
     * The other settings the pages show: the public web server's ports, the administrators (their addresses are
     * published), whether they are published, and the Monitoring plugin's public logs.
     */
    private static final Set<String> PAGE_SETTINGS = Set.of(OpenfirePublicWeb.PLAIN_PORT, OpenfirePublicWeb.SECURE_PORT,
            "httpbind.enabled", "admin.authorizedJIDs", OpenfirePublicWeb.DISABLE_EXPOSURE,
            OpenfirePublicWeb.PUBLIC_LOGS);
    private static final Pattern IDENTITY_STORE = Pattern.compile(
            "xmpp\\.socket\\.ssl\\.(client\\.)?(keystore|keypass|storeType|identityStoreType)");

    private final ServerChanges site;

    ServerChangeEvents(ServerChanges site) {
        this.site = site;
    }

    void register(PluginManager plugins) {
        CertificateManager.addListener(this);
        PropertyEventDispatcher.addListener(this);
        plugins.addPluginListener(this);
    }

    void unregister(PluginManager plugins) {
        plugins.removePluginListener(this);
        PropertyEventDispatcher.removeListener(this);
        CertificateManager.removeListener(this);
    }

    // A web client or the Monitoring plugin installed or removed: room pages link to them, or no longer.
    @Override public void pluginCreated(String pluginName, Plugin plugin) { site.serverSettingsChanged(); }
    @Override public void pluginDestroyed(String pluginName, Plugin plugin) { site.serverSettingsChanged(); }

    @Override
    public void storeContentChanged(CertificateStore store) {
        site.certificatesChanged();
    }

    // Openfire's settings in its database, and openfire.xml (the host name, "fqdn", is one there).
    @Override public void propertySet(String key, Map<String, Object> params) { propertyChanged(key); }
    @Override public void propertyDeleted(String key, Map<String, Object> params) { propertyChanged(key); }
    @Override public void xmlPropertySet(String key, Map<String, Object> params) { propertyChanged(key); }
    @Override public void xmlPropertyDeleted(String key, Map<String, Object> params) { propertyChanged(key); }

    private void propertyChanged(String property) {
        if (HOST_NAME.equals(property) || PAGE_SETTINGS.contains(property)) {
            site.serverSettingsChanged(); // the DANE records and the pages' own address name the host
            return;
        }
        if (property == null || !property.startsWith(OPENFIRE_SETTINGS)) {
            return;
        }
        site.serverSettingsChanged();
        if (IDENTITY_STORE.matcher(property).matches()) {
            site.certificatesChanged();
        }
    }
}
