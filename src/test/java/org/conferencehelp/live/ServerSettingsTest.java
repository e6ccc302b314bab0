package org.conferencehelp.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conferencehelp.tls.FixtureCertificate;
import org.conferencehelp.tls.IdentityStoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The DANE records the page publishes carry the SHA-256 of the public key that openssl computed. */
class ServerSettingsTest {

    private static final ServerSettings SETTINGS = new ServerSettings(
            new FederationPolicy(true, FederationPolicy.TlsPolicy.OPTIONAL, true, false, true), "xmpp.example.org",
            5222, 5269);

    /** The owner name each kind of connection's record starts with: the port SETTINGS gives it, written out. */
    private static final Map<IdentityStoreKind, String> RECORD_NAMES = Map.of(
            IdentityStoreKind.CLIENT, "_5222._tcp.xmpp.example.org.",
            IdentityStoreKind.SERVER, "_5269._tcp.xmpp.example.org.");

    static Stream<Arguments> eachKindOfConnectionWithEveryFixture() {
        return FixtureCertificate.eachWithEveryFixture(List.of(IdentityStoreKind.values()));
    }

    @ParameterizedTest(name = "{0} connections: {1}")
    @MethodSource("eachKindOfConnectionWithEveryFixture")
    void tlsaRecordNamesThePortOfItsConnectionsAndOpensslsPublicKeyDigest(IdentityStoreKind connections,
                                                                        FixtureCertificate fixture) {
        assertEquals(RECORD_NAMES.get(connections) + " IN TLSA 3 1 1 " + fixture.openssl().spkiSha256Hex(),
                SETTINGS.tlsaRecord(SETTINGS.listeners(connections).get(0),
                        fixture.facts(connections).fingerprints()));
    }

    @Test
    void tlsaRecordUsesTheConfiguredPort() {
        ServerSettings custom = new ServerSettings(FederationPolicy.UNKNOWN, "chat.example.org", 15222, 15269);
        FixtureCertificate fixture = FixtureCertificate.load(FixtureCertificate.CONFERENCE_EC);

        assertEquals("_15269._tcp.chat.example.org. IN TLSA 3 1 1 " + fixture.openssl().spkiSha256Hex(),
                custom.tlsaRecord(custom.listeners(IdentityStoreKind.SERVER).get(0),
                        fixture.facts(IdentityStoreKind.SERVER).fingerprints()));
    }

    @Test
    void eachListenerOfAStoreIsItsOwnRecordDirectTlsPortsToo() {
        ServerSettings settings = new ServerSettings(FederationPolicy.UNKNOWN, "xmpp.example.org", List.of(
                new ServerSettings.Listener(IdentityStoreKind.CLIENT, false, 5222),
                new ServerSettings.Listener(IdentityStoreKind.CLIENT, true, 5223),
                new ServerSettings.Listener(IdentityStoreKind.SERVER, true, 5270)));

        assertEquals(List.of(5222, 5223), settings.listeners(IdentityStoreKind.CLIENT).stream()
                .map(ServerSettings.Listener::port).toList());
        assertEquals(List.of(5270), settings.listeners(IdentityStoreKind.SERVER).stream()
                .map(ServerSettings.Listener::port).toList());
    }

    @Test
    void unknownSettingsUseTheStandardXmppPorts() {
        ServerSettings unknown = ServerSettings.unknown("example.org");

        assertEquals(List.of(new ServerSettings.Listener(IdentityStoreKind.CLIENT, false, 5222),
                new ServerSettings.Listener(IdentityStoreKind.SERVER, false, 5269)), unknown.listeners());
    }
}
