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
import org.conferencehelp.tls.CertificateInventory.StoreProblem.Reason;
import org.junit.jupiter.api.Test;

/** {@link CertificateInventory#read} over the fixture key stores (PKCS12 and JKS, as Openfire keeps them). */
class CertificateInventoryTest {

    private static final String RSA_SHA256 = openssl(FixtureCertificate.EXAMPLE_ORG_RSA);
    private static final String CONFERENCE_SHA256 = openssl(FixtureCertificate.CONFERENCE_EC);
    private static final String EXPIRED_SHA256 = openssl(FixtureCertificate.EXPIRED_EC);

    @Test
    void listsTheEndEntityCertificateOfEveryKeyEntry() {
        KeyStore client = FixtureStores.load(CLIENT_P12);

        CertificateInventory inventory = CertificateInventory.read(FixtureStores.source(client, client));

        assertEquals(Set.of(RSA_SHA256, CONFERENCE_SHA256), sha256s(inventory));
    }

    @Test
    void listsTheLeafOfAChainNotItsCertificateAuthority() {
        KeyStore conference = FixtureStores.with(CLIENT_P12 + ":conference");

        CertificateInventory inventory = CertificateInventory.read(FixtureStores.source(conference, conference));

        assertEquals(Set.of(CONFERENCE_SHA256), sha256s(inventory));
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

    @Test
    void ignoresTrustedCertificateEntries() {
        KeyStore server = FixtureStores.load(SERVER_JKS); // also holds the test CA as a trusted-cert entry

        CertificateInventory inventory = CertificateInventory.read(FixtureStores.source(server, server));

        assertEquals(Set.of(RSA_SHA256, EXPIRED_SHA256), sha256s(inventory));
    }

    @Test
    void storeWithOnlyATrustedCertificateIsEmpty() {
        KeyStore trustedOnly = FixtureStores.load(TRUSTED_ONLY_JKS);

        CertificateInventory inventory = CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), trustedOnly));

        assertEquals(List.of(IdentityStoreKind.SERVER + " " + Reason.EMPTY), problems(inventory));
    }

    @Test
    void emptyStoreIsAProblem() {
        CertificateInventory inventory = CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(EMPTY_P12), FixtureStores.load(SERVER_JKS)));

        assertEquals(List.of(IdentityStoreKind.CLIENT + " " + Reason.EMPTY), problems(inventory));
    }

    @Test
    void storeOpenedWithTheWrongPasswordIsUnreadable() {
        KeyStore server = FixtureStores.load(SERVER_JKS);

        CertificateInventory inventory = CertificateInventory.read(kind -> kind == IdentityStoreKind.CLIENT
                ? FixtureStores.open(CLIENT_P12, "wrong password".toCharArray()) : server);

        assertEquals(List.of(IdentityStoreKind.CLIENT + " " + Reason.UNREADABLE), problems(inventory));
    }

    @Test
    void storeSourceThatThrowsIsUnreadable() {
        CertificateInventory inventory = CertificateInventory.read(kind -> {
            throw new KeyStoreException("locked");
        });

        assertEquals(List.of(IdentityStoreKind.CLIENT + " " + Reason.UNREADABLE,
                IdentityStoreKind.SERVER + " " + Reason.UNREADABLE), problems(inventory));
    }

    @Test
    void missingStoreIsAProblem() {
        KeyStore client = FixtureStores.load(CLIENT_P12);

        CertificateInventory inventory = CertificateInventory.read(FixtureStores.source(client, null));

        assertEquals(List.of(IdentityStoreKind.SERVER + " " + Reason.MISSING), problems(inventory));
    }

    @Test
    void aProblemWithOneStoreKeepsTheOtherStoresCertificates() {
        KeyStore client = FixtureStores.load(CLIENT_P12);

        CertificateInventory inventory = CertificateInventory.read(FixtureStores.source(client, null));

        assertEquals(Set.of(RSA_SHA256, CONFERENCE_SHA256), sha256s(inventory));
    }

    @Test
    void storesThatReadWellHaveNoProblem() {
        CertificateInventory inventory = CertificateInventory.read(
                FixtureStores.source(FixtureStores.load(CLIENT_P12), FixtureStores.load(SERVER_JKS)));

        assertEquals(List.of(), inventory.problems());
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
