package org.conferencehelp.openfire;

import java.util.Map;
import org.conferencehelp.http.HelpSite;
import org.jivesoftware.openfire.keystore.CertificateStore;
import org.jivesoftware.util.CertificateEventListener;
import org.jivesoftware.util.CertificateManager;
import org.jivesoftware.util.PropertyEventDispatcher;
import org.jivesoftware.util.PropertyEventListener;

/**
 * Tells the help site when Openfire's identity stores or settings change, so the next request shows the change.
 * Openfire calls these on its own threads (the store watcher, the admin console's request); the work they trigger
 * is reading stores and settings once, never rendering.
 */
final class ServerChangeEvents implements CertificateEventListener, PropertyEventListener {

    private final HelpSite site;

    ServerChangeEvents(HelpSite site) {
        this.site = site;
    }

    void register() {
        CertificateManager.addListener(this);
        PropertyEventDispatcher.addListener(this);
    }

    void unregister() {
        PropertyEventDispatcher.removeListener(this);
        CertificateManager.removeListener(this);
    }

    @Override
    public void storeContentChanged(CertificateStore store) {
        site.facts().certificatesChanged();
    }

    @Override
    public void propertySet(String property, Map<String, Object> params) {
        propertyChanged(property);
    }

    @Override
    public void propertyDeleted(String property, Map<String, Object> params) {
        propertyChanged(property);
    }

    @Override
    public void xmlPropertySet(String property, Map<String, Object> params) {
        propertyChanged(property);
    }

    @Override
    public void xmlPropertyDeleted(String property, Map<String, Object> params) {
        propertyChanged(property);
    }

    /** Federation, TLS and port settings all live under {@code xmpp.}; rereading them is cheap. */
    private void propertyChanged(String property) {
        if (property != null && property.startsWith("xmpp.")) {
            site.facts().settingsChanged();
        }
        if (property != null && property.startsWith("plugin.conferencehelp.directory.")) {
            site.refreshDirectory();
        }
    }
}
