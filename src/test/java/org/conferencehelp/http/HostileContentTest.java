package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each payload of {@code hostile-payloads.txt} in turn, put at once into a room's node, name, description and
 * subject, the service description, a certificate's subject CN and O, and another certificate's DNS name: the page
 * shows it as text and runs nothing, and the JSON view stays valid and gives the value back exactly. The site is
 * shared, so the certificates of earlier payloads are on each page too, as previous certificates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentTest {

    @RegisterExtension
    static final TestSite site = new TestSite();
    private InertMarkup own;
    private InertMarkup ownOfARoom;
    /** The longest local part of an XMPP address (RFC 7622). */
    private static final int MAX_ROOM_NODE_BYTES = 1023;

    /** What one payload put where, so the checks can find it again. */
    private record Planted(String payload, X509Certificate subjectCertificate, X509Certificate dnsCertificate) {
    }

    @BeforeAll
    void learnThePagesOwnMarkup() throws Exception {
        own = InertMarkup.learnedFrom(site.get(TestSite.PAGE).html());
        ownOfARoom = InertMarkup.learnedFrom(site.get("/help/rooms/lobby@conference.example.org/").html());
    }

    @Test
    void theCorpusHoldsAtLeastFiftyPayloads() {
        assertTrue(HostilePayloads.all().size() >= 50, "only " + HostilePayloads.all().size() + " payloads");
    }

    /** Per payload: planted once, then both views checked. */
    @TestFactory
    Stream<DynamicContainer> eachPayload() {
        return HostilePayloads.all().stream().map(payload -> {
            Planted[] planted = new Planted[1];
            return DynamicContainer.dynamicContainer(HostilePayloads.label(payload), Stream.of(
                    DynamicTest.dynamicTest("page shows it as text and runs nothing", () -> {
                        planted[0] = plant(payload);
                        pageShowsThePayloadAsTextAndRunsNothing(planted[0]);
                    }),
                    DynamicTest.dynamicTest("the room's own page shows it as text and runs nothing", () ->
                            roomPageShowsThePayloadAsTextAndRunsNothing(
                                    planted[0] != null ? planted[0] : plant(payload))),
                    DynamicTest.dynamicTest("JSON view stays valid and gives it back exactly", () ->
                            jsonViewStaysValidAndGivesThePayloadBackExactly(
                                    planted[0] != null ? planted[0] : plant(payload)))));
        });
    }

    private void pageShowsThePayloadAsTextAndRunsNothing(Planted planted) throws Exception {
        String payload = planted.payload();
        TestSite.Response response = site.get(TestSite.PAGE);

        assertEquals(200, response.status());
        Document page = response.html();
        own.assertInert(page);
        assertEquals("Using Conferences · example.org", page.title());
        assertEquals(1, page.select("article.service").size());
        Element room = page.selectFirst("li.room");
        assertEquals(1, page.select("li.room").size());
        String trimmed = payload.strip();
        assertText(payload + "@" + TestSite.SERVICE, room.selectFirst(".room-address bdi"));
        assertText(trimmed, room.selectFirst(".room-name bdi"));
        assertText(trimmed, room.selectFirst(".room-description bdi"));
        assertText(trimmed, room.selectFirst(".room-subject bdi"));
        assertText(trimmed, page.selectFirst("article.service .description bdi"));
        Element certificate = certificateArticle(page, planted.subjectCertificate());
        List<Element> subjectAndIssuer = certificate.select("dl.facts dd bdi");
        String rfc2253 = planted.subjectCertificate().getSubjectX500Principal().getName(X500Principal.RFC2253);
        assertText(rfc2253, subjectAndIssuer.get(0));
        assertText(rfc2253, subjectAndIssuer.get(1));
    }

    private void roomPageShowsThePayloadAsTextAndRunsNothing(Planted planted) throws Exception {
        if (planted.payload().getBytes(StandardCharsets.UTF_8).length > MAX_ROOM_NODE_BYTES) {
            return; // no XMPP server has such a room; its page's address is longer than Jetty reads
        }
        String link = site.get(TestSite.PAGE).html().selectFirst("li.room .room-name a").attr("href");
        TestSite.Response response = site.get(link);

        assertEquals(200, response.status(), link);
        Document page = response.html();
        ownOfARoom.assertInert(page);
        String address = planted.payload() + "@" + TestSite.SERVICE;
        assertEquals(HostilePayloads.visible(address),
                HostilePayloads.sameLineBreaks(page.selectFirst("code.address").attr("data-copy")));
        assertEquals(site.get(TestSite.JSON).json().at("/conferences/services/0/rooms/0/pageUrl").textValue(),
                page.selectFirst("code.share").attr("data-copy"));
        assertEquals(page.selectFirst("meta[property=og:description]").attr("content"),
                page.selectFirst("meta[name=description]").attr("content"));
    }

    private void jsonViewStaysValidAndGivesThePayloadBackExactly(Planted planted) throws Exception {
        String payload = planted.payload();
        TestSite.Response response = site.get(TestSite.JSON);

        assertEquals(200, response.status());
        JsonNode json = response.json();
        JsonNode service = json.at("/conferences/services/0");
        assertEquals(payload.strip(), service.get("description").textValue());
        JsonNode room = service.at("/rooms/0");
        assertEquals(payload + "@" + TestSite.SERVICE, room.get("address").textValue());
        assertEquals(payload.strip(), room.get("name").textValue());
        assertEquals(payload.strip(), room.get("description").textValue());
        assertEquals(payload.strip(), room.get("subject").textValue());
        JsonNode certificate = certificateObject(json, planted.subjectCertificate());
        assertEquals(planted.subjectCertificate().getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.get("subject").textValue());
        if (planted.dnsCertificate().getSubjectAlternativeNames() != null) { // else Java refused the odd name
            List<String> names = new ArrayList<>();
            certificateObject(json, planted.dnsCertificate()).get("names").forEach(n -> names.add(n.textValue()));
            String expected = HostilePayloads.ia5(payload).trim().toLowerCase(Locale.ROOT);
            assertTrue(expected.isEmpty() || names.contains(expected.endsWith(".")
                    ? expected.substring(0, expected.length() - 1) : expected), "names: " + names);
        }
    }

    /** Puts the payload everywhere the server's data reaches the page, and tells the site. */
    private Planted plant(String payload) throws Exception {
        X509Certificate subject = HostileCertificates.withSubject(payload);
        X509Certificate dns = HostileCertificates.withDnsName(HostilePayloads.ia5(payload));
        site.conferences(() -> List.of(new ServiceListing(TestSite.SERVICE, payload, true, false, List.of(
                new RoomListing(payload, payload, payload, payload, 1, true, false, false, false)))));
        site.identityStores(kind -> HostileCertificates.storeOf(subject, dns));
        site.certificatesChanged();
        site.refreshDirectory();
        return new Planted(payload, subject, dns);
    }

    private static Element certificateArticle(Document page, X509Certificate certificate) throws Exception {
        String sha256 = CertificateOracle.sha256(certificate);
        for (Element article : page.select("article.certificate")) {
            if (article.select("code.fingerprint").eachAttr("data-copy").contains(sha256)) {
                return article;
            }
        }
        throw new AssertionError("the certificate with the payload in its subject is not on the page");
    }

    private static JsonNode certificateObject(JsonNode json, X509Certificate certificate) throws Exception {
        String sha256 = CertificateOracle.sha256(certificate);
        for (JsonNode node : json.get("certificates")) {
            if (node.get("sha256").textValue().equals(sha256)) {
                return node;
            }
        }
        throw new AssertionError("the certificate is not in the JSON view");
    }

    private static void assertText(String expected, Element element) {
        assertTrue(element != null, "the element for the payload is missing");
        assertEquals(HostilePayloads.visible(expected), HostilePayloads.sameLineBreaks(element.wholeText()));
    }
}
