package org.conferencehelp.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conferencehelp.tls.FixtureCertificate;
import org.conferencehelp.tls.IdentityStoreKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The DANE records the page publishes carry the SHA-256 of the public key that openssl computed. */
class ServerSettingsTest {

    static final List<String> CERTIFICATES = FixtureCertificate.ALL;

    private static final ServerSettings SETTINGS = new ServerSettings(
            new FederationPolicy(true, FederationPolicy.TlsPolicy.OPTIONAL, true, false, true), "xmpp.example.org",
            5222, 5269);

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void clientTlsaRecordNamesTheClientPortAndOpensslsPublicKeyDigest(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals("_5222._tcp.xmpp.example.org. IN TLSA 3 1 1 " + fixture.openssl().spkiSha256Hex(),
                SETTINGS.tlsaRecord(IdentityStoreKind.CLIENT, fixture.facts(IdentityStoreKind.CLIENT).fingerprints()));
    }

    @ParameterizedTest
    @FieldSource("CERTIFICATES")
    void serverTlsaRecordNamesTheServerPortAndOpensslsPublicKeyDigest(String name) {
        FixtureCertificate fixture = FixtureCertificate.load(name);

        assertEquals("_5269._tcp.xmpp.example.org. IN TLSA 3 1 1 " + fixture.openssl().spkiSha256Hex(),
                SETTINGS.tlsaRecord(IdentityStoreKind.SERVER, fixture.facts(IdentityStoreKind.SERVER).fingerprints()));
    }

    @Test
    void tlsaRecordUsesTheConfiguredPort() {
        ServerSettings custom = new ServerSettings(FederationPolicy.UNKNOWN, "chat.example.org", 15222, 15269);
        FixtureCertificate fixture = FixtureCertificate.load(FixtureCertificate.CONFERENCE_EC);

        assertEquals("_15269._tcp.chat.example.org. IN TLSA 3 1 1 " + fixture.openssl().spkiSha256Hex(),
                custom.tlsaRecord(IdentityStoreKind.SERVER, fixture.facts(IdentityStoreKind.SERVER).fingerprints()));
    }

    @Test
    void unknownSettingsUseTheStandardXmppPorts() {
        ServerSettings unknown = ServerSettings.unknown("example.org");

        assertEquals(List.of(5222, 5269),
                List.of(unknown.port(IdentityStoreKind.CLIENT), unknown.port(IdentityStoreKind.SERVER)));
    }
}
