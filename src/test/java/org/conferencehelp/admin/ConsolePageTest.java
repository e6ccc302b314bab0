package org.conferencehelp.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferencehelp.http.TestSite;
import org.conferencehelp.page.Language;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The console page over HTTP, on a real Jetty: who may see it and change it, and the token every change must bring
 * back. A refused change leaves the settings, and the public page, exactly as they were.
 */
class ConsolePageTest {

    @AutoClose
    private final ConsoleSite site = new ConsoleSite();

    ConsolePageTest() throws Exception {
    }

    /** The form as a browser would submit it unchanged: every field, the ticked boxes, the token. */
    static Map<String, String> formOf(Document console) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : console.select("form input, form textarea")) {
            if (field.attr("type").equals("checkbox") && !field.hasAttr("checked")) {
                continue;
            }
            fields.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.val());
        }
        return fields;
    }

    @Test
    void withoutAnAdministratorsSessionThereIsNoPage() throws Exception {
        ConsoleSite.Browser.Page page = site.browser().get(ConsoleSite.CONSOLE);

        assertEquals(403, page.status());
        assertFalse(page.body().contains("<form"), page.body());
        assertFalse(page.body().contains("conference.example.org"), "no status either");
    }

    @Test
    void withoutAnAdministratorsSessionNothingChanges() throws Exception {
        ConsoleSite.Browser admin = site.browser().logIn();
        Map<String, String> form = formOf(admin.console());
        form.put("maxRooms", "1");
        form.remove("federation");

        ConsoleSite.Browser.Page refused = site.browser().post(form); // the token is right; the session is not

        assertEquals(403, refused.status());
        assertEquals(ConsoleModel.defaults(), site.values());
        assertNotNull(site.publicGet(TestSite.PAGE).html().getElementById("federation"));
    }

    @Test
    void anAdministratorSeesTheStatusAndTheFormWithTheSettingsAsSaved() throws Exception {
        Document console = site.browser().logIn().console();

        assertEquals("conferencehelp-console", console.selectFirst("meta[name=pageID]").attr("content"));
        assertEquals("Conference Help", console.title());
        assertEquals("50", console.getElementById("maxRooms").val());
        assertEquals("3", console.getElementById("refresh").val());
        assertEquals("30", console.getElementById("retention").val());
        assertTrue(console.getElementById("federation").hasAttr("checked"));
        assertEquals("http://xmpp.example.org:7070/help/using-conferences/",
                console.selectFirst("#ch-addresses a").attr("href"));
        assertEquals("https://xmpp.example.org:7443/help/using-conferences/",
                console.getElementById("ch-open").attr("href"));
        assertEquals("conference.example.org: 3 listed, of 3 public rooms",
                console.selectFirst("#ch-services li").text());
        assertTrue(console.selectFirst("#ch-certificates li").text().startsWith("For example.org, "
                + "conference.example.org: SHA-256 "), console.selectFirst("#ch-certificates li").text());
        assertTrue(console.selectFirst("#ch-problems").text().contains("This certificate is self-signed"),
                "the warning visitors see");
    }

    @Test
    void aChangeWithTheTokenOfTheFormIsSavedAndShownOnce() throws Exception {
        ConsoleSite.Browser admin = site.browser().logIn();
        Map<String, String> form = formOf(admin.console());
        form.put("maxRooms", "2");

        ConsoleSite.Browser.Page saved = admin.post(form);

        assertEquals(303, saved.status());
        assertEquals(ConsoleSite.CONSOLE, saved.location());
        assertEquals(2, site.values().maxRooms());
        Document after = admin.console();
        assertEquals("Settings saved. The public page shows them now.", after.selectFirst("div.success").text());
        assertEquals("2", after.getElementById("maxRooms").val());
        assertNull(admin.console().selectFirst("div.success"), "a flash shows once");
    }

    @Test
    void aChangeWithoutTheTokenChangesNothing() throws Exception {
        assertRefused(form -> form.remove("csrf"));
    }

    @Test
    void aChangeWithAWrongTokenChangesNothing() throws Exception {
        assertRefused(form -> form.put("csrf", form.get("csrf") + "0"));
    }

    @Test
    void aChangeWithAnotherSessionsTokenChangesNothing() throws Exception {
        String othersToken = site.browser().logIn().token(site.browser().logIn().console());
        assertRefused(form -> form.put("csrf", othersToken));
    }

    @Test
    void aTokenServesOneChangeOnly() throws Exception {
        ConsoleSite.Browser admin = site.browser().logIn();
        Map<String, String> form = formOf(admin.console());
        form.put("maxRooms", "2");
        assertEquals(303, admin.post(form).status());
        assertEquals(2, site.values().maxRooms());

        form.put("maxRooms", "3"); // the same token again, without showing the form in between
        ConsoleSite.Browser.Page replayed = admin.post(form);

        assertEquals(303, replayed.status());
        assertEquals(2, site.values().maxRooms());
        assertEquals("CSRF error: no changes made. Please try again.",
                admin.console().selectFirst("div.error[role=alert]").text());
    }

    private void assertRefused(java.util.function.Consumer<Map<String, String>> spoil) throws Exception {
        ConsoleSite.Browser admin = site.browser().logIn();
        Map<String, String> form = formOf(admin.console());
        form.put("maxRooms", "1");
        form.remove("federation");
        form.put("welcome-en", "Changed");
        spoil.accept(form);
        String pageBefore = site.publicGet(TestSite.PAGE).body();

        ConsoleSite.Browser.Page refused = admin.post(form);

        assertEquals(303, refused.status(), "back to the page, with the error");
        assertEquals(ConsoleModel.defaults(), site.values());
        assertEquals(pageBefore, site.publicGet(TestSite.PAGE).body());
        Document after = admin.console();
        assertEquals("CSRF error: no changes made. Please try again.",
                after.selectFirst("div.error[role=alert]").text());
        assertEquals("50", after.getElementById("maxRooms").val());
    }

    @Test
    void theConsoleSpeaksTheAdministratorsLanguage() throws Exception {
        for (Language language : Language.values()) {
            site.adminLanguage(language);
            Document console = site.browser().logIn().console();
            assertEquals(language.code(), console.selectFirst("html").attr("lang"));
            assertEquals(site.messages(language, "console.settings.heading"),
                    console.getElementById("ch-settings").text());
            assertEquals(site.messages(language, "console.save"), console.selectFirst("form button").text());
        }
        assertEquals("Einstellungen", site.messages(Language.DE, "console.settings.heading"));
    }

    @Test
    void everyControlHasALabelAndItsHelp() throws Exception {
        Document console = site.browser().logIn().console();
        List<Element> controls = console.select("form input:not([type=hidden]), form textarea");
        assertEquals(3 + 6 + 10 + 1, controls.size()); // numbers, sections, words, apps
        for (Element control : controls) {
            String id = control.id();
            assertNotNull(console.selectFirst("label[for=" + id + "]"), "a label for " + id);
            for (String described : control.attr("aria-describedby").split(" ")) {
                assertNotNull(console.getElementById(described), id + " is described by " + described);
            }
            assertFalse(control.attr("aria-describedby").isEmpty(), id + " has its help");
        }
        assertEquals(3, console.select("fieldset > legend").size());
        assertEquals("post", console.selectFirst("form").attr("method"), "no script needed to save");
        assertTrue(console.select("script").isEmpty(), "the page runs no script of its own");
    }
}
