package org.conferencehelp.tls;

import static org.conferencehelp.tls.FixtureStores.CLIENT_P12;
import static org.conferencehelp.tls.FixtureStores.EMPTY_P12;
import static org.conferencehelp.tls.FixtureStores.SERVER_JKS;
import static org.conferencehelp.tls.FixtureStores.TRUSTED_ONLY_JKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CertificateInventory#read} over the fixture key stores (PKCS12 and JKS, as Openfire keeps them). */
class CertificateInventoryTest {

    private static final String RSA_SHA256 = openssl(FixtureCertificate.EXAMPLE_ORG_RSA);
    private static final String CONFERENCE_SHA256 = openssl(FixtureCertificate.CONFERENCE_EC);
    private static final String EXPIRED_SHA256 = openssl(FixtureCertificate.EXPIRED_EC);

    /** Stores, and the certificates read from them, by the SHA-256 openssl printed. */
    static Stream<Arguments> storesAndTheirCertificates() {
        KeyStore client = FixtureStores.load(CLIENT_P12);
        KeyStore server = FixtureStores.load(SERVER_JKS); // also holds the test CA as a trusted-cert entry
        KeyStore conference = FixtureStores.with(CLIENT_P12 + ":conference");
        return Stream.of(
                Arguments.of("lists the end-entity certificate of every key entry", client, client,
                        Set.of(RSA_SHA256, CONFERENCE_SHA256)),
                Arguments.of("lists the leaf of a chain, not its certificate authority", conference, conference,
                        Set.of(CONFERENCE_SHA256)),
                Arguments.of("ignores trusted-certificate entries", server, server, Set.of(RSA_SHA256, EXPIRED_SHA256)),
                Arguments.of("a problem with one store keeps the other store's certificates", client, null,
                        Set.of(RSA_SHA256, CONFERENCE_SHA256)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storesAndTheirCertificates")
    void listsTheCertificatesOfTheKeyEntries(String rule, KeyStore client, KeyStore server, Set<String> listed) {
        assertEquals(listed, sha256s(CertificateInventory.read(FixtureStores.source(client, server))));
    }

    @Test
    void listsACertificateInBothStoresOnceWithBothStores() {
        CertificateInventory inventory = CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), FixtureStores.load(SERVER_JKS)));

        List<CertificateFacts> rsa = inventory.certificates().stream()
                .filter(c -> c.fingerprints().sha256().equals(RSA_SHA256)).toList();
        assertEquals(1, rsa.size());
        assertEquals(Set.of(IdentityStoreKind.CLIENT, IdentityStoreKind.SERVER), rsa.get(0).stores());
    }

    @Test
    void listsACertificateOnlyInTheServerStoreWithThatStoreOnly() {
        CertificateInventory inventory = CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), FixtureStores.load(SERVER_JKS)));

        assertEquals(Set.of(IdentityStoreKind.SERVER), certificate(inventory, EXPIRED_SHA256).stores());
    }

    @Test
    void listsAnExpiredCertificateAsExpired() {
        KeyStore server = FixtureStores.load(SERVER_JKS);

        CertificateInventory inventory = CertificateInventory.read(FixtureStores.source(server, server));

        assertEquals(ExpiryState.EXPIRED,
                certificate(inventory, EXPIRED_SHA256).expiryState(Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** Stores of every kind of trouble, and the problems reported, as store and reason. */
    static Stream<Arguments> storesAndTheirProblems() {
        KeyStore client = FixtureStores.load(CLIENT_P12);
        KeyStore server = FixtureStores.load(SERVER_JKS);
        IdentityStoreSource wrongPassword = kind -> kind == IdentityStoreKind.CLIENT
                ? FixtureStores.open(CLIENT_P12, "wrong password".toCharArray()) : server;
        IdentityStoreSource throwing = kind -> {
            throw new KeyStoreException("locked");
        };
        return Stream.of(
                Arguments.of("a store with only a trusted certificate is empty",
                        FixtureStores.source(client, FixtureStores.load(TRUSTED_ONLY_JKS)), List.of("SERVER EMPTY")),
                Arguments.of("an empty store is a problem", FixtureStores.source(FixtureStores.load(EMPTY_P12), server),
                        List.of("CLIENT EMPTY")),
                Arguments.of("a store opened with the wrong password is unreadable", wrongPassword,
                        List.of("CLIENT UNREADABLE")),
                Arguments.of("a store source that throws is unreadable", throwing,
                        List.of("CLIENT UNREADABLE", "SERVER UNREADABLE")),
                Arguments.of("a missing store is a problem", FixtureStores.source(client, null),
                        List.of("SERVER MISSING")),
                Arguments.of("stores that read well have no problem", FixtureStores.source(client, server), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storesAndTheirProblems")
    void reportsAProblemPerStoreThatCannotBeRead(String rule, IdentityStoreSource stores, List<String> reported) {
        assertEquals(reported, problems(CertificateInventory.read(stores)));
    }

    private static String openssl(String name) {
        return FixtureCertificate.load(name).openssl().sha256();
    }

    private static Set<String> sha256s(CertificateInventory inventory) {
        return inventory.certificates().stream().map(c -> c.fingerprints().sha256())
                .collect(Collectors.toSet());
    }

    private static CertificateFacts certificate(CertificateInventory inventory, String sha256) {
        return inventory.certificates().stream().filter(c -> c.fingerprints().sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new AssertionError("no certificate " + sha256));
    }

    private static List<String> problems(CertificateInventory inventory) {
        return inventory.problems().stream().map(p -> p.store() + " " + p.reason()).toList();
    }
}
