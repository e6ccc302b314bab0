package org.conferencehelp.openfire;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.conferencehelp.http.HelpSite;
import org.conferencehelp.page.LiveServerFacts;
import org.jivesoftware.openfire.keystore.IdentityStore;
import org.junit.jupiter.api.Test;

class ServerChangeEventsTest {

    private final HelpSite site = mock(HelpSite.class);
    private final LiveServerFacts facts = mock(LiveServerFacts.class);
    private final ServerChangeEvents events = new ServerChangeEvents(site);

    ServerChangeEventsTest() {
        when(site.facts()).thenReturn(facts);
    }

    @Test
    void aChangedIdentityStoreRereadsTheCertificates() {
        events.storeContentChanged(mock(IdentityStore.class));

        verify(facts).certificatesChanged();
    }

    @Test
    void aChangedFederationPropertyRereadsTheSettings() {
        events.propertySet("xmpp.server.tls.policy", Map.of());
        events.propertyDeleted("xmpp.server.dialback.enabled", Map.of());

        verify(facts, org.mockito.Mockito.times(2)).settingsChanged();
    }

    @Test
    void aChangedDirectorySettingRefreshesTheDirectoryAtOnce() {
        events.propertySet("plugin.conferencehelp.directory.max-rooms", Map.of());

        verify(site).refreshDirectory();
    }

    @Test
    void unrelatedPropertiesChangeNothing() {
        events.propertySet("admin.authorizedJIDs", Map.of());

        verify(facts, never()).settingsChanged();
        verify(facts, never()).certificatesChanged();
        verify(site, never()).refreshDirectory();
    }
}
