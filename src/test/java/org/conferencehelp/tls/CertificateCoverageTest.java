package org.conferencehelp.tls;

import static org.conferencehelp.tls.FixtureStores.CLIENT_P12;
import static org.conferencehelp.tls.FixtureStores.OTHERS_P12;
import static org.conferencehelp.tls.FixtureStores.SERVER_JKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which fixture certificate covers which of the page's names (the XMPP domain, then each conference service), as
 * {@link CertificateInventory#coverage} reports it.
 */
class CertificateCoverageTest {

    private static final String DOMAIN = "example.org";
    private static final String CONFERENCE = "conference.example.org";

    private static final String RSA = sha256(FixtureCertificate.EXAMPLE_ORG_RSA);
    private static final String EC = sha256(FixtureCertificate.CONFERENCE_EC);
    private static final String EXPIRED = sha256(FixtureCertificate.EXPIRED_EC);
    private static final String OTHER = sha256(FixtureCertificate.OTHER_TEST);

    @Test
    void wildcardCertificateCoversTheDomainAndItsConferenceService() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), CLIENT_P12 + ":example.org");

        assertEquals(List.of(RSA + " covers " + List.of(DOMAIN, CONFERENCE)), entries(coverage));
    }

    @Test
    void wildcardCertificateDoesNotCoverAServiceTwoLabelsDown() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, "muc.chat.example.org"), CLIENT_P12 + ":example.org");

        assertEquals(List.of("muc.chat.example.org"), coverage.uncoveredNames());
    }

    @Test
    void listsEachCertificateWithTheNamesItCovers() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE, "other.test"),
                CLIENT_P12 + ":example.org", OTHERS_P12 + ":other");

        assertEquals(List.of(RSA + " covers " + List.of(DOMAIN, CONFERENCE), OTHER + " covers " + List.of("other.test")),
                entries(coverage));
    }

    @Test
    void nameCoveredByTwoCertificatesListsBoth() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE),
                CLIENT_P12 + ":example.org", CLIENT_P12 + ":conference");

        assertEquals(List.of(RSA + " covers " + List.of(DOMAIN, CONFERENCE), EC + " covers " + List.of(CONFERENCE)),
                entries(coverage));
    }

    @Test
    void domainsCertificateComesFirstWhateverTheStoreOrder() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE),
                CLIENT_P12 + ":conference", SERVER_JKS + ":expired");

        assertEquals(List.of(EXPIRED + " covers " + List.of(DOMAIN), EC + " covers " + List.of(CONFERENCE)),
                entries(coverage));
    }

    @Test
    void nameNoCertificateCoversIsListedApart() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), CLIENT_P12 + ":conference");

        assertEquals(List.of(DOMAIN), coverage.uncoveredNames());
    }

    @Test
    void certificateForAnotherDomainCoversNoNameAndIsNotListed() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), OTHERS_P12 + ":other");

        assertEquals(List.of(), entries(coverage));
        assertEquals(List.of(DOMAIN, CONFERENCE), coverage.uncoveredNames());
    }

    @Test
    void certificateWithTheDomainAsCommonNameButNoSubjectAlternativeNameCoversNothing() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN), OTHERS_P12 + ":cn-only");

        assertEquals(List.of(DOMAIN), coverage.uncoveredNames());
    }

    @Test
    void expiredCertificateStillCoversItsNames() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN), SERVER_JKS + ":expired");

        assertEquals(List.of(EXPIRED + " covers " + List.of(DOMAIN)), entries(coverage));
        assertEquals(ExpiryState.EXPIRED, coverage.entries().get(0).certificate()
                .expiryState(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void nameIsCoveredWhateverItsCase() {
        CertificateCoverage coverage = coverage(List.of("Conference.Example.ORG"), CLIENT_P12 + ":conference");

        assertEquals(List.of(), coverage.uncoveredNames());
    }

    /** Clients connect to the XMPP domain only; other servers connect to a conference service's address. */
    @ParameterizedTest(name = "client store {0}, server store {1}: {2} uncovered")
    @CsvSource({"client.p12:example.org, server.jks:expired, conference.example.org",
        "others.p12:other, client.p12:example.org, example.org"})
    void eachNameIsCheckedAgainstTheStoreOfThoseWhoConnectToIt(String clientEntry, String serverEntry,
                                                               String uncovered) {
        IdentityStoreSource stores = FixtureStores.source(FixtureStores.with(clientEntry),
                FixtureStores.with(serverEntry));

        assertEquals(List.of(uncovered),
                CertificateInventory.read(stores).coverage(List.of(DOMAIN, CONFERENCE)).uncoveredNames());
    }

    @Test
    void aCertificateTheListenersPresentIsListedEvenWhenItCoversNoName() {
        KeyStore client = FixtureStores.with(OTHERS_P12 + ":other");
        IdentityStoreSource presenting = new IdentityStoreSource() {
            @Override
            public KeyStore identityStore(IdentityStoreKind kind) {
                return kind == IdentityStoreKind.CLIENT ? client : null;
            }

            @Override
            public List<X509Certificate> presented(IdentityStoreKind kind) throws Exception {
                return kind == IdentityStoreKind.CLIENT ? PresentedCertificates.of(client, FixtureStores.PASSWORD)
                        : List.of();
            }
        };

        CertificateCoverage coverage = CertificateInventory.read(presenting).coverage(List.of(DOMAIN, CONFERENCE));

        assertEquals(List.of(OTHER + " covers " + List.of()), entries(coverage));
        assertEquals(List.of(DOMAIN, CONFERENCE), coverage.uncoveredNames());
    }

    @Test
    void everyNameIsCoveredWhenCertificatesCoverThemAll() {
        CertificateCoverage coverage = coverage(List.of(DOMAIN, CONFERENCE), CLIENT_P12 + ":example.org");

        assertEquals(List.of(), coverage.uncoveredNames());
    }

    /** The coverage of {@code names} when both identity stores hold the given fixture entries. */
    private static CertificateCoverage coverage(List<String> names, String... entries) {
        KeyStore store = FixtureStores.with(entries);
        return CertificateInventory.read(FixtureStores.source(store, store)).coverage(names);
    }

    private static List<String> entries(CertificateCoverage coverage) {
        return coverage.entries().stream()
                .map(e -> e.certificate().fingerprints().sha256() + " covers " + e.coveredNames()).toList();
    }

    private static String sha256(String name) {
        return FixtureCertificate.load(name).openssl().sha256();
    }
}
