package org.conferencehelp.render;

import static org.conferencehelp.tls.FixtureStores.CLIENT_P12;
import static org.conferencehelp.tls.FixtureStores.EMPTY_P12;
import static org.conferencehelp.tls.FixtureStores.OTHERS_P12;
import static org.conferencehelp.tls.FixtureStores.SERVER_JKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.conferencehelp.chat.ConferenceService;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.chat.Room;
import org.conferencehelp.chat.RoomDirectory;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.live.FederationPolicy.TlsPolicy;
import org.conferencehelp.live.FederationPolicy;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.tls.CertificateCoverage;
import org.conferencehelp.tls.CertificateFacts;
import org.conferencehelp.tls.CertificateInventory;
import org.conferencehelp.tls.CertificateUse;
import org.conferencehelp.tls.FingerprintHistory;
import org.conferencehelp.tls.FixtureCertificate;
import org.conferencehelp.tls.FixtureStores;
import org.conferencehelp.tls.HistoryStorage;
import org.conferencehelp.tls.IdentityStoreKind;
import org.conferencehelp.tls.MutableClock;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The machine-readable view: every rendering is valid against {@code using-conferences.schema.json}, and reads back
 * (with Jackson) to the facts it was rendered from.
 */
class JsonViewTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();
    private static final Instant UPDATED = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ODD = "\"quoted\" \\back\\slash\\ </script><b>&amp; line\nbreak\ttab\r\u0001"
            + "\u2028\u2029 日本語 🎉";

    // Scenarios, each like something a real server shows.

    /** Like the preview's demo: rooms of every kind, certificates in both stores, one replaced certificate. */
    static ServerFacts demo() {
        List<ServiceListing> services = List.of(
                new ServiceListing("conference.example.org", "Public chatrooms", true, false, List.of(
                        new RoomListing("lobby", "Lobby", "Say hello, ask anything.", "Welcome!", 12, true, false,
                                false, false),
                        new RoomListing("support", "Support", "Help with your account.", "", 5, true, false, false,
                                false),
                        new RoomListing("members", "Members’ corner", "", "", 3, true, false, true, false),
                        new RoomListing("book-club", "Book club", "This month: Solaris.", "", 0, true, false, false,
                                true),
                        new RoomListing("admins", "Admins", "", "", 2, false, false, false, false),
                        new RoomListing("new-room", "Being set up", "", "", 1, true, true, false, false))),
                new ServiceListing("internal.example.org", "Hidden", true, true, List.of()));
        CertificateInventory inventory = CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), FixtureStores.load(SERVER_JKS)));
        return new ServerFacts("example.org", RoomDirectory.snapshot(services, 3),
                new ServerSettings(new FederationPolicy(true, TlsPolicy.OPTIONAL, true, false, true),
                        "xmpp.example.org", 5222, 5269),
                inventory, replacedBefore(inventory), 7, UPDATED);
    }

    /** Nothing can be read: directory and settings unavailable, no store holds a certificate for the domain. */
    static ServerFacts trouble() {
        return new ServerFacts("example.org", DirectorySnapshot.UNAVAILABLE, ServerSettings.unknown("example.org"),
                CertificateInventory.read(FixtureStores.source(FixtureStores.load(OTHERS_P12), null)), List.of(), 2,
                UPDATED);
    }

    /** No conference service, federation off, an empty client store and a server store that cannot be read. */
    static ServerFacts noConferences() {
        KeyStore empty = FixtureStores.load(EMPTY_P12);
        return new ServerFacts("example.org", new DirectorySnapshot(List.of(), true),
                new ServerSettings(new FederationPolicy(false, TlsPolicy.REQUIRED, false, false, true),
                        "example.org", 5222, 5269),
                CertificateInventory.read(kind -> {
                    if (kind == IdentityStoreKind.SERVER) {
                        throw new IOException("keystore was tampered with, or password was incorrect");
                    }
                    return empty;
                }), List.of(), 3, UPDATED);
    }

    /** Words that JSON must escape, and words that are harmless in JSON but not when it is embedded in HTML. */
    static ServerFacts oddWords() {
        Room room = new Room("odd@conference.example.org", ODD, ODD, ODD, 1, true, true);
        ConferenceService service = new ConferenceService("conference.example.org", ODD, List.of(room), 1);
        return new ServerFacts("example.org", new DirectorySnapshot(List.of(service), true),
                ServerSettings.unknown("example.org"), CertificateInventory.EMPTY, List.of(), 4, UPDATED);
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(Arguments.of(Named.of("demo", demo())), Arguments.of(Named.of("trouble", trouble())),
                Arguments.of(Named.of("no conferences", noConferences())),
                Arguments.of(Named.of("odd words", oddWords())),
                Arguments.of(Named.of("cluster of differing nodes", clusterOfDifferingNodes())));
    }

    /** The demo, served by two nodes of their own host names that present different certificates. */
    static ServerFacts clusterOfDifferingNodes() {
        ServerFacts demo = demo();
        CertificateInventory inventory = demo.certificates();
        return new ServerFacts(demo.xmppDomain(), demo.directory(),
                demo.settings().withClusterHosts(List.of("a.example.org", "b.example.org")),
                new CertificateInventory(inventory.certificates(), inventory.problems(), inventory.presented(), 2),
                demo.previousCertificates(), demo.version(), demo.lastModified(), demo.asOf(), demo.content(), true);
    }

    @Test
    void aClusterStatesNoInstantOfOneNodeAndEachNodesHostAndHowManyNodesDiffer() throws IOException {
        JsonNode json = JACKSON.readTree(JsonView.render(clusterOfDifferingNodes()));

        assertEquals(false, json.has("updated"));
        assertEquals(2, json.get("differingNodes").asInt());
        JsonNode presented = json.get("certificates").get(0).get("presentedTo");
        assertEquals("a.example.org", presented.get(0).get("host").asText());
        assertEquals("b.example.org", presented.get(1).get("host").asText());
        assertEquals(true, presented.get(1).get("tlsa").asText().startsWith("_5222._tcp.b.example.org. "));
    }

    // The schema.

    @ParameterizedTest
    @MethodSource("scenarios")
    void renderingIsValidAgainstTheSchema(ServerFacts facts) throws IOException {
        Set<ValidationMessage> errors = SCHEMA.validate(JACKSON.readTree(JsonView.render(facts)));

        assertEquals(Set.of(), errors);
    }

    static Stream<Arguments> brokenRenderings() {
        return Stream.of(
                broken("an unknown top-level field", json -> json.put("extra", 1)),
                broken("a missing top-level field", json -> json.remove("problems")),
                broken("another schema version", json -> json.put("schemaVersion", 2)),
                broken("an unknown room field", json -> room(json).put("topic", "")),
                broken("a room without join link", json -> room(json).remove("joinUri")),
                broken("a room join link without ?join", json -> room(json).put("joinUri", "xmpp:lobby@example.org")),
                broken("negative occupants", json -> room(json).put("occupants", -1)),
                broken("a lower-case SHA-256", json -> certificate(json).put("sha256",
                        certificate(json).get("sha256").asText().toLowerCase(Locale.ROOT))),
                broken("a SHA-1 without colons", json -> certificate(json).put("sha1",
                        certificate(json).get("sha1").asText().replace(":", ""))),
                broken("a SHA-256 one byte short", json -> certificate(json).put("sha256",
                        certificate(json).get("sha256").asText().substring(3))),
                broken("a hex key pin", json -> certificate(json).put("publicKeySha256", "ab".repeat(32))),
                broken("a TLSA record with upper-case hex", json -> presentation(json).put("tlsa",
                        presentation(json).get("tlsa").asText().toUpperCase(Locale.ROOT))),
                broken("a port out of range", json -> presentation(json).put("port", 70000)),
                broken("unknown connections", json -> presentation(json).put("connections", "admin")),
                broken("a date that is not a date", json -> certificate(json).put("notAfter", "next year")),
                broken("an unknown TLS policy", json -> ((ObjectNode) json.get("federation"))
                        .put("tlsPolicy", "sometimes")),
                broken("available federation without its settings", json -> ((ObjectNode) json.get("federation"))
                        .remove("dialback")),
                broken("unavailable federation with settings", json -> ((ObjectNode) json.get("federation"))
                        .put("available", false)),
                broken("an unknown problem reason", json -> ((ArrayNode) json.get("problems"))
                        .addObject().put("connections", "client").put("reason", "on fire")),
                broken("a previous certificate without its end", json -> ((ObjectNode) json
                        .get("previousCertificates").get(0)).remove("inUseUntil")));
    }

    @ParameterizedTest
    @MethodSource("brokenRenderings")
    void schemaRejects(Consumer<ObjectNode> breakage) throws IOException {
        ObjectNode json = (ObjectNode) JACKSON.readTree(JsonView.render(demo()));
        breakage.accept(json);

        assertFalse(SCHEMA.validate(json).isEmpty(), json::toPrettyString);
    }

    // Round trips: what Jackson reads back is what the facts say.

    @Test
    void readsBackTheDomainAndWhenItWasUpdated() throws IOException {
        JsonNode json = render(demo());

        assertEquals(List.of("example.org", UPDATED),
                List.of(json.get("domain").asText(), Instant.parse(json.get("updated").asText())));
    }

    @Test
    void readsBackTheServicesAndTheirRooms() throws IOException {
        assertEquals(expectedConferences(demo()), readBack(demo(), "conferences"));
    }

    @Test
    void readsBackAnUnavailableDirectoryAsUnavailableWithoutServices() throws IOException {
        assertEquals(Map.of("available", false, "services", List.of()), readBack(trouble(), "conferences"));
    }

    @Test
    void readsBackEveryFederationSetting() throws IOException {
        assertEquals(Map.of("available", true, "enabled", true, "tlsPolicy", "optional", "dialback", true,
                        "acceptsSelfSigned", false, "triesTlsThenDialback", true, "allowListOnly", false,
                        "dialbackForSelfSigned", false),
                readBack(demo(), "federation"));
    }

    @Test
    void readsBackUnavailableFederationSettingsAsOnlyThat() throws IOException {
        assertEquals(Map.of("available", false), readBack(trouble(), "federation"));
    }

    @Test
    void readsBackEachCoveringCertificate() throws IOException {
        assertEquals(expectedCertificates(demo()), readBack(demo(), "certificates"));
    }

    @Test
    void certificateFingerprintsAreTheOnesOpensslPrinted() throws IOException {
        List<String> fingerprints = new ArrayList<>();
        for (JsonNode certificate : render(demo()).get("certificates")) {
            fingerprints.add(certificate.get("sha1").asText() + " " + certificate.get("sha256").asText() + " "
                    + certificate.get("publicKeySha256").asText());
        }

        assertEquals(Stream.of(FixtureCertificate.EXAMPLE_ORG_RSA, FixtureCertificate.EXPIRED_EC,
                        FixtureCertificate.CONFERENCE_EC).map(FixtureCertificate::load)
                        .map(f -> f.openssl().sha1() + " " + f.openssl().sha256() + " "
                                + f.openssl().spkiSha256Base64()).toList(),
                fingerprints);
    }

    @Test
    void certificateInBothStoresIsPresentedToClientsAndServersWithTheirDaneRecords() throws IOException {
        String spki = FixtureCertificate.load(FixtureCertificate.EXAMPLE_ORG_RSA).openssl().spkiSha256Hex();

        assertEquals(List.of(
                        Map.of("connections", "client", "port", 5222, "directTls", false,
                                "tlsa", "_5222._tcp.xmpp.example.org. IN TLSA 3 1 1 " + spki),
                        Map.of("connections", "server", "port", 5269, "directTls", false,
                                "tlsa", "_5269._tcp.xmpp.example.org. IN TLSA 3 1 1 " + spki)),
                JACKSON.convertValue(render(demo()).get("certificates").get(0).get("presentedTo"), List.class));
    }

    @Test
    void readsBackThePreviousCertificates() throws IOException {
        ServerFacts facts = demo();
        List<Map<String, Object>> expected = new ArrayList<>();
        for (CertificateUse old : facts.previousCertificates()) {
            expected.add(Map.of("names", old.names(), "sha1", old.sha1(), "sha256", old.sha256(),
                    "inUseFrom", old.inUseFrom().toString(), "inUseUntil", old.inUseUntil().toString()));
        }

        assertEquals(expected, readBack(facts, "previousCertificates"));
    }

    @Test
    void readsBackTheNamesNoCertificateCovers() throws IOException {
        assertEquals(List.of("example.org"), readBack(trouble(), "uncoveredNames"));
    }

    @Test
    void readsBackTheStoreProblems() throws IOException {
        assertEquals(List.of(Map.of("connections", "client", "reason", "empty"),
                        Map.of("connections", "server", "reason", "unreadable")),
                readBack(noConferences(), "problems"));
    }

    @Test
    void readsBackAMissingStoreAsMissing() throws IOException {
        assertEquals(List.of(Map.of("connections", "server", "reason", "missing")), readBack(trouble(), "problems"));
    }

    @Test
    void readsBackOddWordsUnchanged() throws IOException {
        JsonNode room = render(oddWords()).get("conferences").get("services").get(0).get("rooms").get(0);

        assertEquals(List.of(ODD, ODD, ODD),
                List.of(room.get("name").asText(), room.get("description").asText(), room.get("subject").asText()));
    }

    @Test
    void neverWritesCharactersThatEndAScriptElementOrAJavaScriptString() {
        String json = JsonView.render(oddWords());

        assertEquals(List.of(), Stream.of("<", ">", "&", "\u2028", "\u2029").filter(json::contains).toList());
    }

    // Helpers.

    private static JsonNode render(ServerFacts facts) throws IOException {
        return JACKSON.readTree(JsonView.render(facts));
    }

    /** One top-level field of the rendering, as Jackson reads it back into maps, lists and plain values. */
    private static Object readBack(ServerFacts facts, String field) throws IOException {
        return JACKSON.convertValue(render(facts).get(field), Object.class);
    }

    private static Map<String, Object> expectedConferences(ServerFacts facts) {
        List<Object> services = new ArrayList<>();
        for (ConferenceService service : facts.directory().services()) {
            List<Object> rooms = new ArrayList<>();
            for (Room room : service.rooms()) {
                rooms.add(Map.ofEntries(Map.entry("address", room.address()), Map.entry("name", room.name()),
                        Map.entry("description", room.description()), Map.entry("subject", room.subject()),
                        Map.entry("occupants", room.occupants()), Map.entry("membersOnly", room.membersOnly()),
                        Map.entry("passwordProtected", room.passwordProtected()), Map.entry("joinUri", room.joinUri()),
                        Map.entry("pageUrl", "https://xmpp.example.org:7443/help/rooms/" + room.address() + "/"),
                        Map.entry("logged", room.logged()), Map.entry("nicknamesReserved", room.nicknamesReserved()),
                        Map.entry("maxOccupants", room.maxOccupants()), Map.entry("moderated", room.moderated()),
                        Map.entry("addressesVisible", room.addressesVisible())));
            }
            services.add(Map.ofEntries(Map.entry("address", service.domain()),
                    Map.entry("description", service.description()), Map.entry("joinUri", service.joinUri()),
                    Map.entry("roomCount", service.roomCount()), Map.entry("rooms", rooms),
                    Map.entry("available", service.available()), Map.entry("roomCreation", "anyone"),
                    Map.entry("history", Map.of("sent", "last", "messages", 25)),
                    Map.entry("newRooms", Map.of("listed", true, "persistent", false, "moderated", false,
                            "membersOnly", false, "logged", true, "maxOccupants", 30))));
        }
        return Map.of("available", facts.directory().available(), "services", services);
    }

    private static List<Object> expectedCertificates(ServerFacts facts) {
        List<Object> certificates = new ArrayList<>();
        for (CertificateCoverage.Entry entry : facts.coverage().entries()) {
            CertificateFacts c = entry.certificate();
            List<Object> presentedTo = new ArrayList<>();
            for (IdentityStoreKind store : IdentityStoreKind.values()) {
                if (c.stores().contains(store)) {
                    for (ServerSettings.Listener listener : facts.settings().listeners(store)) {
                        presentedTo.add(Map.of("connections", store.name().toLowerCase(Locale.ROOT),
                                "port", listener.port(), "directTls", listener.directTls(),
                                "tlsa", facts.settings().tlsaRecord(listener, c.fingerprints())));
                    }
                }
            }
            Map<String, Object> certificate = new LinkedHashMap<>();
            certificate.put("covers", entry.coveredNames());
            certificate.put("names", c.names());
            certificate.put("subject", c.subject());
            certificate.put("issuer", c.issuer());
            certificate.put("selfSigned", c.selfSigned());
            certificate.put("keyType", c.keyType());
            certificate.put("keySize", c.keySize());
            certificate.put("notBefore", c.notBefore().toString());
            certificate.put("notAfter", c.notAfter().toString());
            certificate.put("sha1", c.fingerprints().sha1());
            certificate.put("sha256", c.fingerprints().sha256());
            certificate.put("publicKeySha256", c.fingerprints().publicKeySha256Base64());
            certificate.put("pemUrl", "/help/certificates/" + c.fingerprints().sha256().replace(":", "")
                    .toLowerCase(Locale.ROOT) + ".pem");
            certificate.put("presentedTo", presentedTo);
            certificates.add(certificate);
        }
        return certificates;
    }

    /** The previous certificates after other-test was in use and was then replaced by the inventory's. */
    private static List<CertificateUse> replacedBefore(CertificateInventory inventory) {
        MutableClock clock = new MutableClock(Instant.parse("2026-02-01T00:00:00Z"));
        FingerprintHistory history = new FingerprintHistory(HistoryStorage.NONE, clock, () -> Duration.ofDays(30));
        history.update(List.of(FixtureCertificate.load(FixtureCertificate.OTHER_TEST).facts(IdentityStoreKind.CLIENT)));
        clock.advance(Duration.ofDays(10));
        return history.update(inventory.certificates());
    }

    private static Arguments broken(String what, Consumer<ObjectNode> breakage) {
        return Arguments.of(Named.of(what, breakage));
    }

    private static ObjectNode room(ObjectNode json) {
        return (ObjectNode) json.get("conferences").get("services").get(0).get("rooms").get(0);
    }

    private static ObjectNode certificate(ObjectNode json) {
        return (ObjectNode) json.get("certificates").get(0);
    }

    private static ObjectNode presentation(ObjectNode json) {
        return (ObjectNode) certificate(json).get("presentedTo").get(0);
    }

    private static JsonSchema schema() {
        try (InputStream in = JsonView.class.getResourceAsStream("using-conferences.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("using-conferences.schema.json is not beside JsonView");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
