package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /help/using-conferences.json}: the same facts as the page, for scripts on any origin. */
class JsonEndpointTest {

    @RegisterExtension
    static final TestSite site = new TestSite();
    private static TestSite.Response response;

    @BeforeAll
    static void requestTheJsonView() throws Exception {
        response = site.get(TestSite.JSON);
    }

    @Test
    void isServedAsJson() {
        assertEquals(200, response.status());
        assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
    }

    @Test
    void mayBeReadByScriptsOfAnyOrigin() {
        assertEquals("*", response.header("Access-Control-Allow-Origin"));
    }

    @Test
    void namesTheDomainAndTheVisibleServiceWithItsPublicRooms() throws Exception {
        JsonNode json = response.json();
        assertEquals(TestSite.DOMAIN, json.get("domain").asText());
        JsonNode services = json.at("/conferences/services");
        assertEquals(1, services.size());
        assertEquals(TestSite.SERVICE, services.get(0).get("address").asText());
        assertEquals(TestSite.SERVICE_DESCRIPTION, services.get(0).get("description").asText());
        List<String> rooms = new ArrayList<>();
        services.get(0).get("rooms").forEach(room -> rooms.add(room.get("address").asText()));
        assertEquals(List.of("lobby@conference.example.org", "support@conference.example.org",
                "members@conference.example.org"), rooms);
    }

    @Test
    void givesTheFingerprintsOfTheServersCertificate() throws Exception {
        X509Certificate certificate = TestSite.certificateOf(TestSite.defaultKeyStore());
        JsonNode first = response.json().get("certificates").get(0);
        assertEquals(CertificateOracle.sha256(certificate), first.get("sha256").asText());
        assertEquals(CertificateOracle.sha1(certificate), first.get("sha1").asText());
    }

    @Test
    void leavesOutWhatThePageLeavesOut() {
        String text = response.text();
        for (String secret : TestSite.PRIVATE) {
            assertTrue(!text.contains(secret), "the JSON view shows " + secret);
        }
    }
}
