package org.conferencehelp.admin;

import static org.conferencehelp.admin.ConsolePageTest.formOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.conferencehelp.http.TestSite;
import org.conferencehelp.preview.DemoCertificates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Each setting, saved through the console form, comes back in the form as saved and changes the public page (and
 * where it says so, the JSON view) at once; and back again.
 */
class SettingsReachThePublicPageTest {

    @AutoClose
    private final ConsoleSite site = new ConsoleSite();
    private final ConsoleSite.Browser admin = site.browser().logIn();

    SettingsReachThePublicPageTest() throws Exception {
    }

    /** Saves the form with one field changed ({@code null}: unticked), and returns the form shown next. */
    private Document save(String field, String value) throws Exception {
        Map<String, String> form = formOf(admin.console());
        if (value == null) {
            form.remove(field);
        } else {
            form.put(field, value);
        }
        ConsoleSite.Browser.Page saved = admin.post(form);
        assertEquals(303, saved.status(), saved.body());
        return admin.console();
    }

    private Document page() throws Exception {
        return site.publicGet(TestSite.PAGE).html();
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(site.publicGet(TestSite.JSON).body());
    }

    @Test
    void roomsPerService() throws Exception {
        assertEquals(3, page().select("li.room").size());

        assertEquals("1", save("maxRooms", "1").getElementById("maxRooms").val());

        assertEquals(1, site.values().maxRooms());
        // The site's background refresher is not started here, so the change refreshes the directory at once.
        assertEquals(List.of("Lobby"), page().select("li.room .room-name").eachText());
        assertEquals("0", save("maxRooms", "0").getElementById("maxRooms").val());
        assertEquals(List.of(), page().select("li.room .room-name").eachText());
    }

    @Test
    void refresh() throws Exception {
        assertEquals("17", save("refresh", "17").getElementById("refresh").val());
        assertEquals(Duration.ofSeconds(17), site.values().refresh());
    }

    @Test
    void historyRetention() throws Exception {
        site.replaceKeyStore(DemoCertificates.keyStoreFor(TestSite.DOMAIN, TestSite.NOW)); // the old one: previous
        site.clock.advance(Duration.ofDays(2));
        assertEquals(1, page().select("ul.previous > li").size());

        assertEquals("3", save("retention", "3").getElementById("retention").val());
        assertEquals(1, page().select("ul.previous > li").size(), "replaced two days ago, kept for three");

        assertEquals("1", save("retention", "1").getElementById("retention").val());

        assertEquals(Duration.ofDays(1), site.values().retention());
        assertEquals(0, page().select("ul.previous > li").size(), "replaced two days ago, kept for one");
    }

    @Test
    void roomDirectory() throws Exception {
        assertFalse(save("roomDirectory", null).getElementById("roomDirectory").hasAttr("checked"));

        assertFalse(site.values().sections().roomDirectory());
        Document page = page();
        assertEquals(0, page.select("li.room, .rooms-heading").size());
        assertEquals(1, page.select("article.service").size(), "the service and how to join still show");
        assertEquals(0, json().at("/conferences/services/0/rooms").size());
        assertFalse(json().at("/sections/roomDirectory").asBoolean(true));

        save("roomDirectory", "on");
        assertEquals(3, page().select("li.room").size());
        assertEquals(3, json().at("/conferences/services/0/rooms").size());
    }

    @Test
    void roomPages() throws Exception {
        String lobby = "/help/rooms/lobby@conference.example.org/";
        assertEquals(200, site.publicGet(lobby).status());
        assertFalse(save("roomPages", null).getElementById("roomPages").hasAttr("checked"));
        assertFalse(site.values().sections().roomPages());
        assertEquals(404, site.publicGet(lobby).status());
        assertEquals(List.of(), page().select("li.room .room-name a").eachAttr("href"));
        assertTrue(save("roomPages", "on").getElementById("roomPages").hasAttr("checked"));
        assertTrue(site.values().sections().roomPages());
        assertEquals(200, site.publicGet(lobby).status());
    }

    @Test
    void appsTheRoomsPagesRecommend() throws Exception {
        String lobby = "/help/rooms/lobby@conference.example.org/";
        assertEquals("Conversations", site.publicGet(lobby).html().selectFirst("#apps-android a").text());

        String ours = "{\"platforms\": {\"android\": [{\"name\": \"Our app\", "
                + "\"url\": \"https://chat.example.org/android\"}]}}";
        assertEquals(ours, save("apps", ours).getElementById("apps").wholeText());

        Document room = site.publicGet(lobby).html();
        assertEquals(List.of("apps-android"), room.select(".platform").eachAttr("id"));
        assertEquals("https://chat.example.org/android", room.selectFirst("#apps-android a").attr("href"));
        save("apps", "");
        assertEquals(6, site.publicGet(lobby).html().select(".platform").size(), "empty: the plugin's own list");
    }

    @Test
    void federation() throws Exception {
        assertNotNull(page().getElementById("federation"));

        assertFalse(save("federation", null).getElementById("federation").hasAttr("checked"));

        assertNull(page().getElementById("federation"));
        assertFalse(json().at("/federation/available").asBoolean(true));
        assertFalse(json().at("/federation").has("tlsPolicy"));
        save("federation", "on");
        assertNotNull(page().getElementById("federation"));
        assertEquals("optional", json().at("/federation/tlsPolicy").asText());
    }

    @Test
    void certificates() throws Exception {
        String pem = page().selectFirst("p.download a").attr("href");
        assertEquals(200, site.publicGet(pem).status());

        assertFalse(save("certificates", null).getElementById("certificates").hasAttr("checked"));

        Document page = page();
        assertNull(page.getElementById("fingerprints"));
        assertEquals(0, page.select(".certificate, .fingerprint").size());
        assertEquals(0, json().at("/certificates").size());
        assertEquals(0, json().at("/uncoveredNames").size());
        assertEquals(404, site.publicGet(pem).status(), "not offered for download either");
        save("certificates", "on");
        assertEquals(1, page().select("article.certificate").size());
        assertEquals(200, site.publicGet(pem).status());
    }

    @Test
    void previousCertificates() throws Exception {
        site.replaceKeyStore(DemoCertificates.keyStoreFor(TestSite.DOMAIN, TestSite.NOW));
        assertEquals(1, page().select("ul.previous > li").size());

        assertFalse(save("previousCertificates", null).getElementById("previousCertificates").hasAttr("checked"));

        assertEquals(0, page().select("ul.previous").size());
        assertEquals(0, json().at("/previousCertificates").size());
        assertEquals(1, page().select("article.certificate").size(), "the current one still shows");
        save("previousCertificates", "on");
        assertEquals(1, page().select("ul.previous > li").size());
        assertEquals(1, json().at("/previousCertificates").size());
    }

    @Test
    void advancedDetails() throws Exception {
        assertEquals(1, page().select("pre.tlsa").size());

        assertFalse(save("advanced", null).getElementById("advanced").hasAttr("checked"));

        Document page = page();
        assertEquals(0, page.select("pre.tlsa, code.pin").size());
        assertEquals(1, page.select("article.certificate .fingerprint-row").size() / 2, "fingerprints stay");
        assertFalse(json().at("/certificates/0/publicKeySha256").asText().isEmpty(), "the JSON view keeps them");
        save("advanced", "on");
        assertEquals(1, page().select("pre.tlsa").size());
    }

    @Test
    void welcomeTextPerLanguageWithEnglishAsTheFallback() throws Exception {
        save("welcome-en", "Welcome to example.org!\n\nOur rules: https://example.org/rules.");
        Document form = save("welcome-de", "Willkommen – schön, dass Sie da sind.");
        assertEquals("Willkommen – schön, dass Sie da sind.", form.getElementById("welcome-de").wholeText());

        Document english = page();
        List<Element> paragraphs = english.select("section.welcome p");
        assertEquals(List.of("Welcome to example.org!", "Our rules: https://example.org/rules."),
                paragraphs.stream().map(Element::text).toList());
        assertEquals("https://example.org/rules", paragraphs.get(1).selectFirst("a").attr("href"));
        assertEquals("Willkommen – schön, dass Sie da sind.",
                site.publicGet(TestSite.PAGE + "?lang=de").html().selectFirst("section.welcome p").text());
        assertEquals("Welcome to example.org!",
                site.publicGet(TestSite.PAGE + "?lang=fr").html().selectFirst("section.welcome p").text(),
                "no French text: the English one");

        save("welcome-en", "");
        assertNull(page().selectFirst("section.welcome"), "no text, no section");
    }

    @Test
    void houseRules() throws Exception {
        assertNull(page().getElementById("house-rules"));

        save("rules-en", "Be kind.\nNo spam.\n\nModerators: xmpp:mods@conference.example.org?join");

        Document page = page();
        assertEquals("House rules", page.getElementById("house-rules").text());
        Element rules = page.selectFirst("section.house-rules");
        assertEquals(2, rules.select("p").size());
        assertEquals(1, rules.select("p").get(0).select("br").size(), "a line break stays one");
        assertEquals("xmpp:mods@conference.example.org?join", rules.selectFirst("a").attr("href"));
        assertEquals("Huisregels", site.publicGet(TestSite.PAGE + "?lang=nl").html().getElementById("house-rules")
                .text());
    }
}
