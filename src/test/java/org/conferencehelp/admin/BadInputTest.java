package org.conferencehelp.admin;

import static org.conferencehelp.admin.ConsolePageTest.formOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.stream.Stream;
import org.conferencehelp.http.TestSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A submission with a bad value is not saved, in any part: the form comes back with what was typed, the field
 * marked, and a message that names the field and says what it takes. The public page stays as it was.
 */
class BadInputTest {

    @AutoClose
    private final ConsoleSite site = new ConsoleSite();

    BadInputTest() throws Exception {
    }

    static Stream<Arguments> badValues() {
        String range = "Rooms listed per conference service: enter a number from 0 to 1,000.";
        String number = "Rooms listed per conference service: enter a whole number from 0 to 1,000.";
        return Stream.of(
                Arguments.of("maxRooms", "ten", number),
                Arguments.of("maxRooms", "", number),
                Arguments.of("maxRooms", "-1", number),
                Arguments.of("maxRooms", "+5", number),
                Arguments.of("maxRooms", "1e3", number),
                Arguments.of("maxRooms", "2.5", number),
                Arguments.of("maxRooms", "99999999999999999999", number),
                Arguments.of("maxRooms", "1001", range),
                Arguments.of("refresh", "0", "Room directory refresh, in seconds: enter a number from 1 to 3,600."),
                Arguments.of("refresh", "3601",
                        "Room directory refresh, in seconds: enter a number from 1 to 3,600."),
                Arguments.of("retention", "3651",
                        "Replaced certificates shown, in days: enter a number from 0 to 3,650."),
                Arguments.of("welcome-en", "x".repeat(2001),
                        "Welcome text (English): at most 2,000 characters, this has 2,001."),
                Arguments.of("rules-de", "Bitte <b>freundlich</b> sein",
                        "House rules (Deutsch): write plain text without HTML tags. An address such as "
                                + "https://example.org becomes a link by itself."),
                Arguments.of("welcome-fr", "<script>alert(1)</script>",
                        "Welcome text (Français): write plain text without HTML tags. An address such as "
                                + "https://example.org becomes a link by itself."),
                Arguments.of("welcome-en", "Hi <!-- hidden -->",
                        "Welcome text (English): write plain text without HTML tags. An address such as "
                                + "https://example.org becomes a link by itself."),
                Arguments.of("apps",
                        "{\"platforms\": {\"web\": [{\"name\": \"X\", \"url\": \"javascript:alert(1)\"}]}}",
                        "Apps to recommend: not used, because not an https link: javascript:alert(1)"),
                Arguments.of("apps", "not a list",
                        "Apps to recommend: not used, because not a list of apps: A JSONObject text must begin with "
                                + "'{' at 1 [character 2 line 1]"),
                Arguments.of("apps", "x".repeat(20_001),
                        "Apps to recommend: at most 20,000 characters, this has 20,001."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void isRefusedWithAMessageAndChangesNothing(String field, String value, String message) throws Exception {
        ConsoleSite.Browser admin = site.browser().logIn();
        Map<String, String> form = formOf(admin.console());
        form.put(field, value);
        form.put("maxRooms".equals(field) ? "refresh" : "maxRooms", "7"); // a good change beside the bad one
        form.remove("federation");
        String pageBefore = site.publicGet(TestSite.PAGE).body();

        ConsoleSite.Browser.Page answer = admin.post(form);

        assertEquals(200, answer.status());
        assertEquals(ConsoleModel.defaults(), site.values(), "nothing saved, not even the good change");
        assertEquals(pageBefore, site.publicGet(TestSite.PAGE).body());
        Document shown = answer.html();
        assertEquals(message, shown.selectFirst("#ch-errors li").text());
        assertEquals("#" + field, shown.selectFirst("#ch-errors li a").attr("href"));
        assertEquals("true", shown.getElementById(field).attr("aria-invalid"));
        assertEquals(message, shown.getElementById(field + "-error").text());
        String typed = shown.getElementById(field).is("textarea") ? shown.getElementById(field).wholeText()
                : shown.getElementById(field).val();
        assertEquals(value.strip(), typed, "what was typed comes back");
        assertFalse(shown.getElementById("federation").hasAttr("checked"), "the unticked box stays unticked");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void aCorrectedSubmissionIsSaved(String field, String value, String ignoredMessage) throws Exception {
        ConsoleSite.Browser admin = site.browser().logIn();
        Map<String, String> form = formOf(admin.console());
        form.put(field, value);
        Document shown = admin.post(form).html();

        Map<String, String> corrected = formOf(shown); // with the new token the answer carries
        corrected.put(field, field.startsWith("welcome") || field.startsWith("rules") ? "Fine."
                : field.equals("apps") ? "" : "5");

        assertEquals(303, admin.post(corrected).status());
        assertEquals(SettingsForm.fields(site.values()).get(field), corrected.get(field));
    }
}
