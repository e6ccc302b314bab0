package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.conferencehelp.tls.FixtureCertificate;
import org.conferencehelp.tls.FixtureStores;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Each certificate the page lists can be downloaded as a PEM file, linked beside its fingerprints: the file is that
 * certificate (its SHA-256 is the one openssl printed for the fixture), and nothing else is offered.
 */
class CertificateDownloadTest {

    @AutoClose
    private TestSite site;

    @Test
    void theLinkedFileIsTheCertificateWhoseFingerprintOpensslPrinted() throws Exception {
        KeyStore store = FixtureStores.with(FixtureStores.CLIENT_P12 + ":example.org");
        site = new TestSite().identityStores(FixtureStores.source(store, store)).start();
        Document page = site.get(TestSite.PAGE).html();
        String href = page.selectFirst(".certificate .download a").attr("href");

        TestSite.Response file = site.get(href);

        assertEquals(200, file.status());
        assertEquals("application/x-pem-file", file.header("Content-Type"));
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(file.body()));
        String sha256 = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        assertEquals(List.of(FixtureCertificate.load(FixtureCertificate.EXAMPLE_ORG_RSA).openssl().sha256(), href),
                List.of(sha256, "/help/certificates/" + sha256.replace(":", "").toLowerCase() + ".pem"));
        assertEquals("-----BEGIN CERTIFICATE-----", file.text().lines().findFirst().orElseThrow());
    }

    @Test
    void aCertificateThePageDoesNotListIsNotFoundLikeAnyUnknownName() throws Exception {
        // others.p12 holds a certificate for other.test, which covers none of the page's names.
        KeyStore store = FixtureStores.with(FixtureStores.CLIENT_P12 + ":example.org",
                FixtureStores.OTHERS_P12 + ":other");
        site = new TestSite().identityStores(FixtureStores.source(store, store)).start();
        String unlisted = FixtureCertificate.load(FixtureCertificate.OTHER_TEST).openssl().sha256()
                .replace(":", "").toLowerCase();

        TestSite.Response notListed = site.get("/help/certificates/" + unlisted + ".pem");
        TestSite.Response unknown = site.get("/help/certificates/" + "0".repeat(64) + ".pem");

        assertEquals(List.of(404, 404), List.of(notListed.status(), unknown.status()));
        assertEquals(unknown.text(), notListed.text());
    }

    @Test
    void aReplacedCertificateIsNoLongerOfferedAndItsSuccessorIs() throws Exception {
        site = new TestSite().identityStores(FixtureStores.source(
                FixtureStores.with(FixtureStores.CLIENT_P12 + ":example.org"), null)).start();
        String before = site.get(TestSite.PAGE).html().selectFirst(".certificate .download a").attr("href");
        assertEquals(200, site.get(before).status());

        site.replaceKeyStore(TestSite.newKeyStore());
        String after = site.get(TestSite.PAGE).html().selectFirst(".certificate .download a").attr("href");

        assertEquals(List.of(404, 200), List.of(site.get(before).status(), site.get(after).status()));
    }
}
