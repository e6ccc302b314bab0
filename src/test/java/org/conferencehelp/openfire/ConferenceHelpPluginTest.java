package org.conferencehelp.openfire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.conferencehelp.http.LogCapture;
import org.conferencehelp.preview.DemoCertificates;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jivesoftware.openfire.Connection;
import org.jivesoftware.openfire.ConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.XMPPServerInfo;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.http.HttpBindManager;
import org.jivesoftware.openfire.interceptor.InterceptorManager;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.keystore.CertificateStoreManager;
import org.jivesoftware.openfire.keystore.IdentityStore;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.openfire.muc.MUCEventListener;
import org.jivesoftware.openfire.muc.MultiUserChatManager;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.jivesoftware.openfire.muc.spi.MUCPersistenceManager;
import org.jivesoftware.openfire.server.RemoteServerManager;
import org.jivesoftware.openfire.server.ServerDialback;
import org.jivesoftware.openfire.spi.ConnectionListener;
import org.jivesoftware.openfire.spi.ConnectionType;
import org.jivesoftware.util.CertificateEventListener;
import org.jivesoftware.util.CertificateManager;
import org.jivesoftware.util.JiveGlobals;
import org.jivesoftware.util.PropertyEventDispatcher;
import org.jivesoftware.util.PropertyEventListener;
import org.jivesoftware.util.SystemProperty;
import org.jivesoftware.util.Version;
import org.jivesoftware.util.cache.Cache;
import org.jivesoftware.util.cache.CacheFactory;
import org.jivesoftware.openfire.cluster.ClusterEventListener;
import org.jivesoftware.openfire.cluster.ClusterManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.MockedStatic;

/** The plugin's lifecycle against a mocked Openfire, serving through a real Jetty. */
class ConferenceHelpPluginTest {

    @TempDir
    Path home;

    private final HttpBindManager httpBind = mock(HttpBindManager.class);
    private final KeyStore keyStore = newKeyStore();
    private MockedStatic<XMPPServer> xmppServer;
    private MockedStatic<HttpBindManager> httpBindManager;
    private MockedStatic<JiveGlobals> jiveGlobals;
    private MockedStatic<CertificateManager> certificateManager;
    private MockedStatic<PropertyEventDispatcher> propertyEvents;
    private MockedStatic<SystemProperty.Builder> systemProperties;
    private MockedStatic<ServerDialback> dialback;
    private MockedStatic<RemoteServerManager> remoteServers;
    private MockedStatic<MUCEventDispatcher> roomEvents;
    private MockedStatic<InterceptorManager> interceptors;
    private MockedStatic<MUCPersistenceManager> roomDefaults;
    private final InterceptorManager interceptorManager = mock(InterceptorManager.class);
    private MockedStatic<CacheFactory> cacheFactory;
    private MockedStatic<ClusterManager> clusterManager;

    @BeforeEach
    void mockOpenfire() {
        XMPPServer server = mock(XMPPServer.class);
        XMPPServerInfo info = mock(XMPPServerInfo.class);
        when(info.getXMPPDomain()).thenReturn("example.org");
        when(info.getHostname()).thenReturn("xmpp.example.org");
        when(server.getServerInfo()).thenReturn(info);

        MultiUserChatManager muc = mock(MultiUserChatManager.class);
        MultiUserChatService service = OpenfireConferenceServicesTest.service("conference.example.org", "Chat",
                true, false, OpenfireConferenceServicesTest.room("lobby", "The Lobby", "", "", 4,
                        true, false, false, false));
        when(muc.getMultiUserChatServices()).thenReturn(List.of(service));
        when(muc.getMultiUserChatServiceID(any())).thenReturn(null); // all its rooms are in memory
        when(server.getMultiUserChatManager()).thenReturn(muc);

        CertificateStoreManager stores = mock(CertificateStoreManager.class);
        IdentityStore identityStore = mock(IdentityStore.class);
        when(identityStore.getStore()).thenReturn(keyStore);
        when(stores.getIdentityStore(any())).thenReturn(identityStore);
        when(server.getCertificateStoreManager()).thenReturn(stores);

        ConnectionManager connections = mock(ConnectionManager.class);
        ConnectionListener listener = mock(ConnectionListener.class);
        when(listener.getTLSPolicy()).thenReturn(Connection.TLSPolicy.required);
        when(listener.getPort()).thenReturn(5269);
        when(connections.getListener(any(), any(Boolean.class))).thenReturn(listener);
        when(connections.isEnabled(ConnectionType.SOCKET_S2S, false)).thenReturn(true);
        when(server.getConnectionManager()).thenReturn(connections);
        when(server.getPluginManager()).thenReturn(mock(PluginManager.class));

        xmppServer = mockStatic(XMPPServer.class);
        xmppServer.when(XMPPServer::getInstance).thenReturn(server);
        httpBindManager = mockStatic(HttpBindManager.class);
        httpBindManager.when(HttpBindManager::getInstance).thenReturn(httpBind);
        jiveGlobals = mockStatic(JiveGlobals.class);
        jiveGlobals.when(JiveGlobals::getHomePath).thenReturn(home);
        certificateManager = mockStatic(CertificateManager.class);
        propertyEvents = mockStatic(PropertyEventDispatcher.class);
        dialback = mockStatic(ServerDialback.class);
        dialback.when(ServerDialback::isEnabled).thenReturn(true);
        remoteServers = mockStatic(RemoteServerManager.class);
        remoteServers.when(RemoteServerManager::getPermissionPolicy)
                .thenReturn(RemoteServerManager.PermissionPolicy.blacklist);
        roomEvents = mockStatic(MUCEventDispatcher.class);
        interceptors = mockStatic(InterceptorManager.class);
        roomDefaults = OpenfireConferenceServicesTest.openfireServiceDefaults();
        interceptors.when(InterceptorManager::getInstance).thenReturn(interceptorManager);
        cacheFactory = mockStatic(CacheFactory.class);
        cacheFactory.when(() -> CacheFactory.createCache(any())).thenAnswer(i -> mock(Cache.class));
        clusterManager = mockStatic(ClusterManager.class); // not clustered
        systemProperties = mockStatic(SystemProperty.Builder.class);
        systemProperties.when(() -> SystemProperty.Builder.ofType(any())).thenAnswer(i -> recordingBuilder());
    }

    @AfterEach
    void unmockOpenfire() {
        for (MockedStatic<?> mocked : List.of(xmppServer, httpBindManager, jiveGlobals, certificateManager,
                propertyEvents, systemProperties, dialback, remoteServers, roomEvents, interceptors, roomDefaults,
                cacheFactory, clusterManager)) {
            mocked.close();
        }
    }

    @Test
    void servesTheLivePageOfTheMockedServerOnTheContextItAddsToThePublicWebServer() throws Exception {
        ConferenceHelpPlugin plugin = new ConferenceHelpPlugin();
        plugin.initializePlugin(mock(PluginManager.class), home.toFile());
        ArgumentCaptor<ServletContextHandler> added = ArgumentCaptor.forClass(ServletContextHandler.class);
        verify(httpBind).addJettyHandler(added.capture());

        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        jetty.setHandler(added.getValue());
        jetty.start();
        try {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + connector.getLocalPort() + "/help/using-conferences/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("The Lobby"), "the room from the mocked MUC manager");
            assertTrue(page.body().contains("lobby@conference.example.org"));
            assertTrue(page.body().contains(sha256OfTheStoresCertificate()), "the store's certificate");
        } finally {
            jetty.stop();
            plugin.destroyPlugin();
        }
    }

    @Test
    void unloadingRemovesExactlyWhatLoadingAdded() {
        ConferenceHelpPlugin plugin = new ConferenceHelpPlugin();
        plugin.initializePlugin(mock(PluginManager.class), home.toFile());
        ArgumentCaptor<ServletContextHandler> added = ArgumentCaptor.forClass(ServletContextHandler.class);
        verify(httpBind).addJettyHandler(added.capture());
        ArgumentCaptor<CertificateEventListener> certificateListener =
                ArgumentCaptor.forClass(CertificateEventListener.class);
        certificateManager.verify(() -> CertificateManager.addListener(certificateListener.capture()));
        ArgumentCaptor<PropertyEventListener> propertyListener = ArgumentCaptor.forClass(PropertyEventListener.class);
        propertyEvents.verify(() -> PropertyEventDispatcher.addListener(propertyListener.capture()));
        assertEquals("/help", added.getValue().getContextPath());

        plugin.destroyPlugin();

        verify(httpBind).removeJettyHandler(added.getValue());
        certificateManager.verify(() -> CertificateManager.removeListener(certificateListener.getValue()));
        propertyEvents.verify(() -> PropertyEventDispatcher.removeListener(propertyListener.getValue()));
        assertSame(certificateListener.getValue(), propertyListener.getValue());
        ArgumentCaptor<MUCEventListener> roomListener = ArgumentCaptor.forClass(MUCEventListener.class);
        roomEvents.verify(() -> MUCEventDispatcher.addListener(roomListener.capture()));
        roomEvents.verify(() -> MUCEventDispatcher.removeListener(roomListener.getValue()));
        verify(interceptorManager).addInterceptor((PacketInterceptor) roomListener.getValue());
        verify(interceptorManager).removeInterceptor((PacketInterceptor) roomListener.getValue());
        ArgumentCaptor<ClusterEventListener> clusterListener = ArgumentCaptor.forClass(ClusterEventListener.class);
        clusterManager.verify(() -> ClusterManager.addListener(clusterListener.capture()));
        clusterManager.verify(() -> ClusterManager.removeListener(clusterListener.getValue()));
        assertEquals(0, pluginThreads(), "the directory refresher stopped");
    }

    @Test
    void fiftyLoadAndUnloadCyclesLeaveNoThreadBehind() {
        for (int i = 0; i < 50; i++) {
            ConferenceHelpPlugin plugin = new ConferenceHelpPlugin();
            plugin.initializePlugin(mock(PluginManager.class), home.toFile());
            plugin.destroyPlugin();
        }
        assertEquals(0, pluginThreads());
    }

    @Test
    void aStepThatFailsWhileLoadingUndoesWhatTheEarlierStepsDid() {
        doThrow(new IllegalStateException("no web server")).when(httpBind).addJettyHandler(any());
        ConferenceHelpPlugin plugin = new ConferenceHelpPlugin();

        assertThrows(IllegalStateException.class, () -> plugin.initializePlugin(mock(PluginManager.class),
                home.toFile()));

        ArgumentCaptor<CertificateEventListener> added = ArgumentCaptor.forClass(CertificateEventListener.class);
        certificateManager.verify(() -> CertificateManager.addListener(added.capture()));
        certificateManager.verify(() -> CertificateManager.removeListener(added.getValue()));
        propertyEvents.verify(() -> PropertyEventDispatcher.removeListener(any()));
        assertEquals(0, pluginThreads(), "no background refresh was left running");
    }

    @Test
    void unloadingRunsEveryStepEvenWhenOneFails() {
        doThrow(new IllegalStateException("already gone")).when(httpBind).removeJettyHandler(any());
        ConferenceHelpPlugin plugin = new ConferenceHelpPlugin();
        plugin.initializePlugin(mock(PluginManager.class), home.toFile());

        plugin.destroyPlugin();

        certificateManager.verify(() -> CertificateManager.removeListener(any()));
        propertyEvents.verify(() -> PropertyEventDispatcher.removeListener(any()));
        assertEquals(0, pluginThreads(), "the directory refresher stopped");
    }

    /** Openfire runs no public web server while HTTP binding is off, so nothing serves the page then. */
    @ParameterizedTest(name = "httpbind.enabled {0}: {1} warning")
    @CsvSource({"false,1", "true,0"})
    void warnsInOpenfiresLogExactlyWhenHttpBindingIsOff(boolean httpBinding, int warnings) {
        jiveGlobals.when(() -> JiveGlobals.getBooleanProperty("httpbind.enabled", true)).thenReturn(httpBinding);
        try (LogCapture log = LogCapture.start()) {
            ConferenceHelpPlugin plugin = new ConferenceHelpPlugin();
            plugin.initializePlugin(mock(PluginManager.class), home.toFile());
            plugin.destroyPlugin();

            assertEquals(warnings, log.count("HTTP binding is disabled (httpbind.enabled)"), log.text());
        }
    }

    @ParameterizedTest(name = "Openfire {0}.{1}.{2}, web server running: {3}")
    @CsvSource({"5,0,0,true,true", "5,0,1,true,true", "5,0,1,false,false", "5,0,2,true,false", "5,1,1,true,false"})
    void addsItsPagesWhileTheWebServerIsStoppedWhereOpenfireCannotRestartItOtherwise(
            int major, int minor, int micro, boolean running, boolean stopsAndStarts) {
        Version version = mock(Version.class);
        when(version.getMajor()).thenReturn(major);
        when(version.getMinor()).thenReturn(minor);
        when(version.getMicro()).thenReturn(micro);
        when(httpBind.isHttpBindEnabled()).thenReturn(running);
        ServletContextHandler context = new ServletContextHandler();

        ConferenceHelpPlugin.addToPublicWebServer(httpBind, context, version);

        InOrder order = inOrder(httpBind);
        if (stopsAndStarts) {
            order.verify(httpBind).stop();
            order.verify(httpBind).addJettyHandler(context);
            order.verify(httpBind).start();
        } else {
            verify(httpBind).addJettyHandler(context);
            verify(httpBind, never()).stop();
            verify(httpBind, never()).start();
        }
    }

    @Test
    void keepsTheFingerprintHistoryInOpenfiresHomeOutsideThePluginFolder() {
        assertEquals(home.resolve("conferencehelp").resolve("fingerprint-history.txt"),
                ConferenceHelpPlugin.historyFile());
    }

    private static long pluginThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("conferencehelp")).count();
    }

    private String sha256OfTheStoresCertificate() throws Exception {
        X509Certificate certificate = (X509Certificate) keyStore.getCertificate(keyStore.aliases().nextElement());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    private static KeyStore newKeyStore() {
        try {
            return DemoCertificates.keyStoreFor("example.org", Instant.now());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SystemProperty builder that remembers its default, and builds a property whose value is that default. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SystemProperty.Builder recordingBuilder() {
        Map<String, Object> recorded = new HashMap<>();
        return mock(SystemProperty.Builder.class, invocation -> {
            String method = invocation.getMethod().getName();
            if (method.equals("setDefaultValue")) {
                recorded.put("default", invocation.getArgument(0));
            }
            if (method.equals("build")) {
                SystemProperty property = mock(SystemProperty.class);
                when(property.getValue()).thenReturn(recorded.get("default"));
                return property;
            }
            return invocation.getMock();
        });
    }
}
