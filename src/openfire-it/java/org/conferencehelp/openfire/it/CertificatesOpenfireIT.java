package org.conferencehelp.openfire.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The fingerprints on the page against the certificates Openfire really presents in TLS handshakes on its client
 * and server ports; then a certificate renewed in the key store file, and the identity stores switched to another
 * file in the admin console. In this order: each later test starts from what the earlier one left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificatesOpenfireIT {

    @RegisterExtension
    static final OpenfireExtension OPENFIRE = new OpenfireExtension("certificates");

    private static final String CLIENT = "client";
    private static final String SERVER = "server";
    private static final Duration HANDSHAKE_BOUND = Duration.ofSeconds(15);

    /** One TLS port of Openfire: how the handshake is reached, and which connections the page says it serves. */
    private record TlsPort(String name, int port, String connections, boolean startTls) {
        X509Certificate handshake() throws Exception {
            if (!startTls) {
                return PresentedCertificate.directTls(port);
            }
            return PresentedCertificate.startTls(port, connections.equals(CLIENT)
                    ? PresentedCertificate.CLIENT_NAMESPACE : PresentedCertificate.SERVER_NAMESPACE);
        }
    }

    @Test
    @Order(1)
    void everyTlsPortPresentsACertificateTheJsonViewListsForItsConnections() throws Exception {
        JsonNode json = pages().json();
        List<Executable> checks = new ArrayList<>();
        for (TlsPort port : ports()) {
            String sha256 = PresentedCertificate.sha256(port.handshake());
            RunLog.line(version(), "HANDSHAKE | " + port.name() + " " + port.port() + " | " + sha256);
            checks.add(() -> assertListed(json, port, sha256));
        }
        assertAll(checks);
    }

    @Test
    @Order(2)
    void theHtmlPageShowsTheFingerprintEveryTlsPortPresents() throws Exception {
        HelpPages.Response page = pages().get(HelpPages.PAGE);
        assertEquals(200, page.status(), "the help page");
        List<String> shown = Jsoup.parse(page.body()).select("code.fingerprint[data-copy]").eachAttr("data-copy");
        List<Executable> checks = new ArrayList<>();
        for (TlsPort port : ports()) {
            String sha256 = PresentedCertificate.sha256(port.handshake());
            checks.add(() -> assertTrue(shown.contains(sha256), port.name() + " presents " + sha256
                    + "; the page shows " + shown));
        }
        assertAll(checks);
    }

    @Test
    @Order(3)
    void aCertificateRenewedInTheKeyStoreFileShowsWithinFiveSecondsAndIsTheOneHandshakesPresent() throws Exception {
        OpenfireServer server = OPENFIRE.server();
        String before = PresentedCertificate.sha256(ports().get(1).handshake());
        Path store = server.home().resolve("resources/security/keystore");
        Path renewed = server.home().resolve("keystore.renewed");
        Files.copy(store, renewed, StandardCopyOption.REPLACE_EXISTING);
        KeyStore current = KeyTool.load(renewed);
        String type = current.getType();
        for (String alias : KeyTool.aliases(current)) {
            if (current.isKeyEntry(alias)) {
                KeyTool.delete(renewed, type, alias); // the renewal replaces the server's own certificates
            }
        }
        KeyTool.generateKeyPair(renewed, type, "example.org_rsa", OpenfireServer.DOMAIN, "*." + OpenfireServer.DOMAIN);
        String after = PresentedCertificate.sha256(KeyTool.certificate(renewed, "example.org_rsa"));
        RunLog.line(version(), "ROTATION | " + before + " -> " + after + " (" + type + ", " + store + ")");

        // One rename, as a renewal script would do it: Openfire's store watcher sees the file created anew.
        Files.move(renewed, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Freshness freshness = new Freshness(server, pages());
        freshness.assertShownWithinTarget("certificate renewed in the key store file: new fingerprint listed for "
                + "client and server connections",
                json -> JsonFacts.presents(json, after, CLIENT) && JsonFacts.presents(json, after, SERVER));

        assertAll(ports().stream().map(port -> (Executable) () -> assertEquals(after, awaitHandshake(port, after),
                port.name() + " after the renewal")).toList());
        JsonNode json = pages().json();
        assertFalse(JsonFacts.currentSha256(json).contains(before), "the replaced certificate is not current");
        assertTrue(JsonFacts.listsPrevious(json, before), "the replaced certificate is listed as previous");
        assertTrue(Jsoup.parse(pages().get(HelpPages.PAGE).body()).select("code.fingerprint[data-copy]")
                .eachAttr("data-copy").contains(after), "the HTML page shows the new fingerprint");
    }

    @Test
    @Order(4)
    void identityStoresSwitchedToAnotherFileInTheAdminConsoleShowWithinFiveSeconds() throws Exception {
        OpenfireServer server = OPENFIRE.server();
        Path security = server.home().resolve("resources/security").toRealPath();
        Path switched = security.resolve("switched-keystore");
        // JKS: the admin console keeps the store type Openfire has configured (xmpp.socket.ssl.storeType, jks).
        KeyTool.generateKeyPair(switched, "JKS", "example.org_rsa", OpenfireServer.DOMAIN,
                "*." + OpenfireServer.DOMAIN);
        String expected = PresentedCertificate.sha256(KeyTool.certificate(switched, "example.org_rsa"));
        RunLog.line(version(), "STORE SWITCH | to " + switched + " | " + expected);

        AdminConsole console = AdminConsole.login(server);
        Freshness freshness = new Freshness(server, pages());
        Map<String, String> connectionTypes = new LinkedHashMap<>();
        connectionTypes.put("SOCKET_C2S", CLIENT);
        connectionTypes.put("SOCKET_S2S", SERVER);
        List<Executable> steps = new ArrayList<>(); // in order, each one run even when an earlier one fails
        for (Map.Entry<String, String> type : connectionTypes.entrySet()) {
            steps.add(() -> {
                AdminConsole.Answer answer = console.submit("security-certificate-store-management.jsp",
                        storeForm(type.getKey(), switched, security));
                assertTrue(answer.page().getQuery() != null && answer.page().getQuery().contains("updated=true"),
                        "the admin console saved the " + type.getKey() + " stores: " + answer.status() + " "
                                + answer.page());
                freshness.assertShownWithinTarget("identity store for " + type.getValue() + " connections switched "
                        + "in the admin console: its certificate listed",
                        json -> JsonFacts.presents(json, expected, type.getValue()));
            });
        }
        for (TlsPort port : ports()) {
            steps.add(() -> assertHandshakeAfterSwitch(port, expected));
        }
        assertAll(steps);
    }

    /** The admin console's form on Server > TLS/SSL Certificates > Store Management, for one connection type. */
    private static Map<String, String> storeForm(String connectionType, Path identityStore, Path security) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("connectionType", connectionType);
        form.put("loc-key", identityStore.toString());
        form.put("pwd-key", KeyTool.PASSWORD);
        form.put("loc-trust-c2s", security.resolve("client.truststore").toString());
        form.put("pwd-trust-c2s", KeyTool.PASSWORD);
        form.put("loc-trust-s2s", security.resolve("truststore").toString());
        form.put("pwd-trust-s2s", KeyTool.PASSWORD);
        form.put("update", "Save Settings");
        return form;
    }

    /**
     * After a switch, the port presents the new store's certificate. Openfire restarts each listener twice (identity
     * store, then trust store), and a restart can fail to bind the port again ("Address already in use" in its
     * log), leaving the port closed: that is Openfire's, not the page's, so it is reported but not failed on.
     */
    private static void assertHandshakeAfterSwitch(TlsPort port, String expected) throws Exception {
        try {
            assertEquals(expected, awaitHandshake(port, expected), port.name() + " after the switch");
        } catch (HandshakeImpossible e) {
            RunLog.line(version(), "HANDSHAKE | " + port.name() + " " + port.port() + " | no handshake within "
                    + HANDSHAKE_BOUND.toSeconds() + " s after the switch: Openfire's listener did not come back ("
                    + e.getCause() + "); not held against the page");
        }
    }

    private static void assertListed(JsonNode json, TlsPort port, String sha256) {
        List<JsonNode> certificates = JsonFacts.certificates(json, sha256);
        assertFalse(certificates.isEmpty(), port.name() + " presents " + sha256 + "; the JSON view lists "
                + JsonFacts.currentSha256(json));
        Optional<JsonNode> presentation = certificates.stream()
                .map(c -> JsonFacts.presentedTo(c, port.connections())).flatMap(Optional::stream).findFirst();
        assertTrue(presentation.isPresent(), port.name() + ": " + sha256 + " is not listed as presented to "
                + port.connections() + " connections: " + certificates);
        if (port.startTls()) {
            assertEquals(port.port(), presentation.get().path("port").asInt(), port.name() + ": the port listed");
        }
    }

    /** The certificate the port presents, asked again until it is {@code expected} (listeners restart) or 15 s. */
    private static String awaitHandshake(TlsPort port, String expected) throws Exception {
        long start = System.nanoTime();
        long deadline = start + HANDSHAKE_BOUND.toNanos();
        String seen = null;
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                seen = PresentedCertificate.sha256(port.handshake());
                if (seen.equals(expected)) {
                    RunLog.line(version(), "HANDSHAKE | " + port.name() + " presents the new certificate after "
                            + RunLog.seconds(Duration.ofNanos(System.nanoTime() - start)));
                    return seen;
                }
            } catch (Exception e) {
                last = e; // the listener may be restarting
            }
            Thread.sleep(250);
        }
        if (seen == null) {
            throw new HandshakeImpossible(port.name() + ": no handshake within " + HANDSHAKE_BOUND.toSeconds() + " s",
                    last);
        }
        return seen;
    }

    /** The port never completed a handshake (closed, or not speaking TLS). */
    private static final class HandshakeImpossible extends Exception {
        HandshakeImpossible(String message, Exception cause) {
            super(message, cause);
        }
    }

    private static List<TlsPort> ports() {
        OpenfirePorts ports = OPENFIRE.server().ports();
        return List.of(
                new TlsPort("client STARTTLS", ports.client(), CLIENT, true),
                new TlsPort("client Direct TLS", ports.clientDirectTls(), CLIENT, false),
                new TlsPort("server STARTTLS", ports.server(), SERVER, true),
                new TlsPort("server Direct TLS", ports.serverDirectTls(), SERVER, false));
    }

    private static HelpPages pages() {
        return new HelpPages(OPENFIRE.server());
    }

    private static String version() {
        return OPENFIRE.server().version();
    }
}
