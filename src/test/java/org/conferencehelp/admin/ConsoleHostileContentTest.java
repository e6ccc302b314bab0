package org.conferencehelp.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.conferencehelp.http.HostilePayloads;
import org.conferencehelp.live.AdminWords;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each payload of {@code hostile-payloads.txt} as saved words (set past the form, as the System Properties page
 * can) and typed back into a refused form: the console shows it exactly, inside its text area, and runs nothing.
 */
class ConsoleHostileContentTest {

    @AutoClose
    private final ConsoleSite site = new ConsoleSite();
    private final ConsoleSite.Browser admin = site.browser().logIn();
    private final Set<String> ownElements = new TreeSet<>();

    ConsoleHostileContentTest() throws Exception {
        admin.console().body().getAllElements().forEach(e -> ownElements.add(e.normalName()));
    }

    @TestFactory
    Stream<DynamicTest> eachPayload() {
        return HostilePayloads.all().stream().map(payload -> DynamicTest.dynamicTest(HostilePayloads.label(payload),
                () -> {
                    ConsoleValues saved = site.values();
                    site.setDirectly(new ConsoleValues(saved.maxRooms(), saved.refresh(), saved.retention(),
                            saved.sections(), new AdminWords(Map.of("de", payload), Map.of())));
                    Document console = admin.console();
                    assertInert(console);
                    assertEquals(expectedInTextArea(payload), shown(console, "welcome-de"));

                    Map<String, String> form = ConsolePageTest.formOf(console);
                    form.put("maxRooms", "x"); // refused, so the payload comes back as typed
                    form.put("rules-nl", payload);
                    ConsoleSite.Browser.Page answer = admin.post(form);
                    if (answer.status() == 400) { // beyond Jetty's form size limit: refused before the page
                        assertEquals(saved.maxRooms(), site.values().maxRooms());
                        return;
                    }
                    Document refused = answer.html();
                    assertInert(refused);
                    assertEquals(expectedInTextArea(payload.strip()), shown(refused, "rules-nl"));
                }));
    }

    /** A text area's text as a browser reads it: jsoup keeps the CRs an HTML parser turns into LFs. */
    private static String shown(Document console, String id) {
        return HostilePayloads.sameLineBreaks(console.getElementById(id).wholeText());
    }

    /** HTML drops a text area's first line break, and turns CR LF and CR into LF; no C0 controls survive. */
    private static String expectedInTextArea(String text) {
        String visible = HostilePayloads.visible(text);
        return visible.startsWith("\n") ? visible.substring(1) : visible;
    }

    private void assertInert(Document console) {
        for (Element element : console.body().getAllElements()) {
            assertTrue(ownElements.contains(element.normalName()), "an injected <" + element.normalName() + ">");
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "an event handler: " + element);
            }
        }
        assertEquals(10 + 1, console.select("textarea").size()); // the words, and the apps
        assertTrue(console.select("script").isEmpty());
        assertEquals(1, console.select("form").size());
    }
}
