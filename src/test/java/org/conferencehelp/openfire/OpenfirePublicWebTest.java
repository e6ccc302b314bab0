package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.conferencehelp.live.PublicWeb;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.http.HttpBindManager;
import org.jivesoftware.openfire.user.User;
import org.jivesoftware.openfire.user.UserManager;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.jivesoftware.util.JiveGlobals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.xmpp.packet.JID;

/** What Openfire's public web server offers, read as Openfire keeps it: plugins, properties, administrators. */
class OpenfirePublicWebTest {

    private final XMPPServer server = mock(XMPPServer.class);
    private final PluginManager plugins = mock(PluginManager.class);
    private final HttpBindManager web = mock(HttpBindManager.class);
    private final UserManager users = mock(UserManager.class);
    private MockedStatic<JiveGlobals> properties;
    private MockedStatic<HttpBindManager> httpBind;
    private MockedStatic<UserManager> userManager;

    @BeforeEach
    void openfireWithNothingInstalled() throws Exception {
        XMPPServerInfo info = mock(XMPPServerInfo.class);
        when(info.getHostname()).thenReturn("xmpp.example.org");
        when(info.getXMPPDomain()).thenReturn("example.org");
        when(server.getServerInfo()).thenReturn(info);
        when(server.getPluginManager()).thenReturn(plugins);
        when(plugins.getPluginByName(anyString())).thenReturn(Optional.empty());
        properties = mockStatic(JiveGlobals.class);
        properties.when(() -> JiveGlobals.getBooleanProperty(anyString(), anyBoolean()))
                .thenAnswer(call -> call.getArgument(1));
        properties.when(() -> JiveGlobals.getIntProperty(anyString(), anyInt()))
                .thenAnswer(call -> call.getArgument(1));
        httpBind = mockStatic(HttpBindManager.class);
        httpBind.when(HttpBindManager::getInstance).thenReturn(web);
        when(web.isHttpsBindActive()).thenReturn(true);
        when(web.isHttpBindActive()).thenReturn(true);
        userManager = mockStatic(UserManager.class);
        userManager.when(UserManager::getInstance).thenReturn(users);
        when(users.getUser(anyString())).thenThrow(new UserNotFoundException());
    }

    @AfterEach
    void close() {
        properties.close();
        httpBind.close();
        userManager.close();
    }

    @Test
    void theSecurePortOfTheServersOwnHostNameAndNothingElse() {
        PublicWeb read = new OpenfirePublicWeb(server).read();

        assertEquals(new PublicWeb(true, 7443, false, false, List.of()), read);
    }

    @Test
    void thePlainPortOnlyWhenTheSecureOneIsDown() {
        when(web.isHttpsBindActive()).thenReturn(false);
        properties.when(() -> JiveGlobals.getIntProperty("httpbind.port.plain", 7070)).thenReturn(8080);

        assertEquals("http://xmpp.example.org:8080", new OpenfirePublicWeb(server).read().baseUrl("xmpp.example.org"));
    }

    @Test
    void theWebClientWhenInverseIsInstalledAndLogsWhenMonitoringPublishesThem() {
        when(plugins.getPluginByName("inVerse")).thenReturn(Optional.of(mock(Plugin.class)));
        when(plugins.getPluginByName("Monitoring Service")).thenReturn(Optional.of(mock(Plugin.class)));
        assertTrue(new OpenfirePublicWeb(server).read().webClient());
        assertFalse(new OpenfirePublicWeb(server).read().publicLogs(), "installed, but its public logs are off");

        properties.when(() -> JiveGlobals.getBooleanProperty("archive.settings.logapi.enabled", false))
                .thenReturn(true);
        assertTrue(new OpenfirePublicWeb(server).read().publicLogs());
    }

    @Test
    void theAdministratorsAddressesAsOpenfirePublishesThemUnlessItDoesNot() throws Exception {
        when(server.getAdmins()).thenReturn(List.of(new JID("admin@example.org/laptop"),
                new JID("boss@elsewhere.example")));
        User admin = mock(User.class);
        when(admin.getEmail()).thenReturn(" admin@mail.example.org ");
        doReturn(admin).when(users).getUser("admin");

        assertEquals(List.of("xmpp:admin@example.org", "xmpp:boss@elsewhere.example", "mailto:admin@mail.example.org"),
                new OpenfirePublicWeb(server).read().contacts());

        properties.when(() -> JiveGlobals.getBooleanProperty("admin.disable-exposure", false)).thenReturn(true);
        assertEquals(List.of(), new OpenfirePublicWeb(server).read().contacts());
    }
}
