package org.conferencehelp.openfire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's admin console page in a real Openfire: listed in the sidebar, decorated like the console's own pages,
 * behind its login and CSRF check, and a saved change on the public page at once.
 */
class ConsolePageOpenfireIT {

    @RegisterExtension
    static final OpenfireExtension OPENFIRE = new OpenfireExtension("console");

    private static final String CONSOLE = "plugins/conferencehelp/console";

    /** The form as a browser submits it unchanged: every field, the ticked boxes, the token. */
    private static Map<String, String> formOf(Document console) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : console.select("form input, form textarea")) {
            if (!field.attr("type").equals("checkbox") || field.hasAttr("checked")) {
                fields.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.val());
            }
        }
        return fields;
    }

    @Test
    void theConsoleShowsThePageInItsSidebarAndDecoratesIt() throws Exception {
        AdminConsole.Answer answer = AdminConsole.login(OPENFIRE.server()).open(CONSOLE);
        Document page = Jsoup.parse(answer.body());

        assertEquals(200, answer.status());
        assertNotNull(page.selectFirst("#jive-sidebar a[href$=" + CONSOLE + "]"), "the sidebar entry");
        assertNotNull(page.selectFirst("#jive-main-content form input[name=csrf]"), "the page inside the console");
        assertTrue(page.title().endsWith("Conference Help"), page.title());
        String status = page.selectFirst("#ch-addresses").text();
        RunLog.line(OPENFIRE.server().version(), "CONSOLE | status: " + status);
        assertTrue(status.contains(":" + OPENFIRE.server().ports().http() + "/help/using-conferences/"), status);
    }

    @Test
    void withoutLoggingInThereIsNoPageAndNoChange() throws Exception {
        AdminConsole stranger = AdminConsole.anonymous(OPENFIRE.server());
        AdminConsole.Answer answer = stranger.post(CONSOLE, Map.of("maxRooms", "1", "refresh", "3",
                "retention", "30"));

        assertTrue(answer.page().getPath().endsWith("login.jsp"), "sent to log in: " + answer.page());
        assertFalse(answer.body().contains("name=\"maxRooms\""));
        assertEquals(50, maxRoomsShown());
    }

    @Test
    void aChangeWithoutTheTokenIsRefusedWithTheConsolesCsrfError() throws Exception {
        AdminConsole admin = AdminConsole.login(OPENFIRE.server());
        Map<String, String> form = formOf(Jsoup.parse(admin.open(CONSOLE).body()));
        form.remove("csrf");
        form.put("maxRooms", "1");

        AdminConsole.Answer answer = admin.post(CONSOLE, form);
        Document page = Jsoup.parse(answer.body());

        RunLog.line(OPENFIRE.server().version(), "CONSOLE | no token: " + page.select("div.error").text());
        assertTrue(page.select("div.error").text().startsWith("CSRF"), page.select("div.error").text());
        assertEquals(50, maxRoomsShown());
    }

    @Test
    void aSavedChangeIsOnThePublicPageAtOnceAndItsTokenServesOnce() throws Exception {
        AdminConsole admin = AdminConsole.login(OPENFIRE.server());
        Map<String, String> form = formOf(Jsoup.parse(admin.open(CONSOLE).body()));
        form.remove("federation");
        form.put("welcome-en", "Welcome! House rules: https://example.org/rules");

        AdminConsole.Answer saved = admin.post(CONSOLE, form);

        assertEquals("Settings saved. The public page shows them now.",
                Jsoup.parse(saved.body()).select("div.success").text());
        HelpPages pages = new HelpPages(OPENFIRE.server());
        Document page = Jsoup.parse(pages.get(HelpPages.PAGE).body());
        assertEquals("Welcome! House rules: https://example.org/rules", page.select("section.welcome p").text());
        assertEquals(null, page.getElementById("federation"));
        assertFalse(pages.json().path("sections").path("federation").asBoolean(true));
        RunLog.line(OPENFIRE.server().version(), "CONSOLE | saved: welcome text and federation hidden on the page");

        form.put("federation", "on"); // the same token again
        Document replayed = Jsoup.parse(admin.post(CONSOLE, form).body());
        assertTrue(replayed.select("div.error").text().startsWith("CSRF"), replayed.select("div.error").text());
        assertFalse(new HelpPages(OPENFIRE.server()).json().path("sections").path("federation").asBoolean(true));
    }

    private static int maxRoomsShown() throws Exception {
        AdminConsole admin = AdminConsole.login(OPENFIRE.server());
        return Integer.parseInt(Jsoup.parse(admin.open(CONSOLE).body()).getElementById("maxRooms").val());
    }
}
