package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.List;
import org.conferencehelp.page.EnglishBundle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The "Using Conferences" page as a browser gets it from a real Jetty, read with jsoup. */
class UsingConferencesPageTest {

    @RegisterExtension
    static final TestSite site = new TestSite();
    private static TestSite.Response response;
    private static Document page;

    @BeforeAll
    static void requestThePage() throws Exception {
        response = site.get(TestSite.PAGE);
        page = response.html();
    }

    @Test
    void isServedAsUtf8Html() {
        assertEquals(200, response.status());
        assertEquals("text/html;charset=utf-8", response.header("Content-Type").replace(" ", "").toLowerCase());
    }

    @Test
    void isTitledUsingConferencesForTheDomain() {
        assertEquals("Using Conferences · example.org", page.title());
        assertEquals("Using Conferences", page.selectFirst("h1").text());
    }

    @Test
    void namesTheConferenceServiceAndItsDescription() {
        Element service = page.selectFirst("article.service");
        assertNotNull(service, "no conference service on the page");
        assertEquals(TestSite.SERVICE, service.selectFirst("bdi.address").text());
        assertEquals(TestSite.SERVICE_DESCRIPTION, service.selectFirst(".description").text());
    }

    @Test
    void listsThePublicRoomsBusiestFirst() {
        assertEquals(List.of("lobby@conference.example.org", "support@conference.example.org",
                "members@conference.example.org"), page.select("li.room .room-address").eachText());
        assertEquals(List.of("Lobby", "Support", "Members’ corner"), page.select("li.room .room-name").eachText());
    }

    @Test
    void leavesOutUnlistedAndLockedRooms() {
        String text = response.text();
        assertFalse(text.contains("staff-unlisted"), "an unlisted room is on the page");
        assertFalse(text.contains("Staff room"), "an unlisted room is on the page");
        assertFalse(text.contains("being-set-up"), "a locked room is on the page");
    }

    @Test
    void leavesOutHiddenAndDisabledServices() {
        String text = response.text();
        assertFalse(text.contains("internal.example.org"), "a hidden service is on the page");
        assertFalse(text.contains("retired.example.org"), "a disabled service is on the page");
        assertEquals(1, page.select("article.service").size());
    }

    @Test
    void explainsHowTheServerFederates() {
        assertEquals(List.of(EnglishBundle.text("federation.on"), EnglishBundle.text("federation.tls.optional"),
                        EnglishBundle.text("federation.auth.tls-then-dialback"),
                        EnglishBundle.text("federation.self-signed.refused")),
                page.select("section[aria-labelledby=federation] ul.statements li").eachText());
    }

    @Test
    void showsTheSha256AndSha1FingerprintsOfTheServersCertificate() throws Exception {
        X509Certificate certificate = TestSite.certificateOf(TestSite.defaultKeyStore());
        List<String> shown = page.select("article.certificate code.fingerprint").eachText();
        assertEquals(List.of(CertificateOracle.sha256(certificate), CertificateOracle.sha1(certificate)), shown);
        assertEquals(shown, page.select("article.certificate code.fingerprint").eachAttr("data-copy"));
    }

    @Test
    void linksTlsAndDialbackToTheirDefinitions() throws Exception {
        assertNotNull(page.selectFirst("a[href=/help/definitions/#tls]"), "no link to the TLS definition");
        assertNotNull(page.selectFirst("a[href=/help/definitions/#dialback]"), "no link to the dialback definition");
        Document definitions = site.get(TestSite.DEFINITIONS).html();
        for (Element link : page.select("a[href^=/help/definitions/#]")) {
            String id = link.attr("href").substring(link.attr("href").indexOf('#') + 1);
            assertNotNull(definitions.getElementById(id), "the definitions page has no #" + id);
        }
    }

    @Test
    void linksToItsMachineReadableView() throws Exception {
        assertNotNull(page.selectFirst("link[rel=alternate][type=application/json][href=" + TestSite.JSON + "]"));
        assertNotNull(page.selectFirst("a[href=" + TestSite.JSON + "]"), "no visible link to the JSON view");
        assertEquals(200, site.get(TestSite.JSON).status());
    }

    @Test
    void loadsOnlyItsOwnStyleSheetAndScript() throws Exception {
        assertEquals(List.of("/help/assets/style.css"), page.select("link[rel=stylesheet]").eachAttr("href"));
        assertEquals(List.of("/help/assets/page.js"), page.select("script").eachAttr("src"));
        assertEquals(200, site.get("/help/assets/style.css").status());
        assertTrue(site.get("/help/assets/page.js").header("Content-Type").startsWith("text/javascript"));
    }
}
