package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.conferencehelp.live.AdminWords;
import org.conferencehelp.live.PageContent;
import org.conferencehelp.live.PageSections;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each payload of {@code hostile-payloads.txt} as the administrator's welcome text and house rules, set the way the
 * System Properties page sets them (past the console's check for markup): the page shows the text and runs nothing,
 * and every link it makes of the text goes to a web or XMPP address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminWordsHostileContentTest {

    @RegisterExtension
    static final TestSite site = new TestSite();
    private InertMarkup own;

    @BeforeAll
    void learnThePagesOwnMarkup() throws Exception {
        // The page's own markup includes what harmless words make: paragraphs, line breaks, links.
        plant("Hello\nsecond line https://example.org/a\n\nxmpp:room@conference.example.org?join");
        own = InertMarkup.learnedFrom(site.get(TestSite.PAGE).html());
    }

    private static void plant(String text) {
        site.content(new PageContent(PageSections.ALL, new AdminWords(Map.of("en", text), Map.of("en", text))));
    }

    @TestFactory
    Stream<DynamicTest> eachPayload() {
        return HostilePayloads.all().stream().map(payload -> DynamicTest.dynamicTest(HostilePayloads.label(payload),
                () -> {
                    plant(payload);
                    Document page = site.get(TestSite.PAGE).html();
                    own.assertInert(page);
                    for (String words : List.of("section.welcome", "section.house-rules .card")) {
                        Element section = page.selectFirst(words);
                        if (payload.isBlank()) {
                            assertEquals(null, section, "blank words, no section");
                            continue;
                        }
                        assertEquals(normal(HostilePayloads.visible(payload)), normal(section.wholeText()), words);
                        for (Element link : section.select("a")) {
                            String href = link.attr("href").toLowerCase(Locale.ROOT);
                            assertTrue(href.startsWith("http://") || href.startsWith("https://")
                                    || href.startsWith("xmpp:"), "a link to " + href);
                            assertEquals(link.text(), link.attr("href"), "a link shows where it goes");
                        }
                    }
                }));
    }

    /** The text as a reader sees it: paragraphs and lines joined by spaces, runs of white space as one. */
    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
