package org.conferencehelp.openfire;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import org.conferencehelp.live.ServerChanges;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.keystore.IdentityStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerChangeEventsTest {

    private final ServerChanges site = mock(ServerChanges.class);
    private final ServerChangeEvents events = new ServerChangeEvents(site);

    @Test
    void aChangedIdentityStoreRereadsTheCertificates() {
        events.storeContentChanged(mock(IdentityStore.class));

        verify(site).certificatesChanged();
    }

    @Test
    void aChangedFederationPropertyRereadsTheSettings() {
        events.propertySet("xmpp.server.tls.policy", Map.of());
        events.propertyDeleted("xmpp.server.dialback.enabled", Map.of());

        verify(site, org.mockito.Mockito.times(2)).serverSettingsChanged();
    }

    @Test
    void switchingAnIdentityStoreRereadsTheCertificates() {
        // The admin console's store replacement raises no certificate event, only these property changes.
        events.propertySet("xmpp.socket.ssl.client.keystore", Map.of());
        events.propertySet("xmpp.socket.ssl.keypass", Map.of());

        verify(site, org.mockito.Mockito.times(2)).certificatesChanged();
    }

    @Test
    void anOrdinaryFederationPropertyLeavesTheCertificatesAlone() {
        events.propertySet("xmpp.server.permission", Map.of());

        verify(site).serverSettingsChanged();
        verify(site, org.mockito.Mockito.never()).certificatesChanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"archive.settings.logapi.enabled", "admin.authorizedJIDs",
            "admin.disable-exposure", "httpbind.port.secure", "httpbind.port.plain"})
    void aSettingThePagesShowRereadsTheSettings(String property) {
        events.propertySet(property, Map.of());
        events.propertyDeleted(property, Map.of());

        verify(site, times(2)).serverSettingsChanged();
        verify(site, never()).certificatesChanged();
    }

    @Test
    void aPluginInstalledOrRemovedRereadsTheSettings() {
        // The room pages link to the inVerse web client and the Monitoring plugin's logs while they are installed.
        events.pluginCreated("inverse", mock(Plugin.class));
        events.pluginDestroyed("monitoring", mock(Plugin.class));

        verify(site, times(2)).serverSettingsChanged();
    }

    @Test
    void unrelatedPropertiesChangeNothing() {
        events.propertySet("admin.console.port", Map.of());

        events.propertySet("plugin.conferencehelp.directory.max-rooms", Map.of()); // has a listener of its own

        verifyNoInteractions(site);
    }
}
