package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that a page holds only the plugin's own active markup: its one script, no event handlers, no script or
 * data URLs, and no element that data could have smuggled in.
 */
final class InertMarkup {

    /** Attributes a browser follows as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset", "codebase", "cite", "ping", "lowsrc", "dynsrc", "manifest");

    private InertMarkup() {
    }

    /** The element names of a page rendered from harmless data: the page's own vocabulary. */
    static Set<String> vocabularyOf(Document page) {
        Set<String> names = new TreeSet<>();
        page.getAllElements().forEach(element -> names.add(element.normalName()));
        return names;
    }

    static void assertInert(Document page, Set<String> vocabulary) {
        assertEquals(1, page.select("script").size(), "scripts: " + page.select("script"));
        assertEquals("/help/assets/page.js", page.selectFirst("script").attr("src"));
        assertTrue(page.selectFirst("script").data().isEmpty(), "the page's script element has inline code");
        assertEquals(3, page.select("meta").size(), "meta elements: " + page.select("meta"));
        assertEquals(2, page.select("link").size(), "link elements: " + page.select("link"));
        assertEquals(1, page.select("title").size());
        assertEquals(page.select("svg").size(), page.select("svg.qr").size(), "an svg that is not a QR code");
        for (Element svg : page.select("svg")) {
            for (Element inside : svg.children()) {
                assertTrue(Set.of("rect", "path").contains(inside.normalName()), "in a QR code: " + inside);
            }
        }
        for (Element element : page.getAllElements()) {
            if (!vocabulary.contains(element.normalName())) {
                fail("data injected a <" + element.normalName() + "> element: " + abbreviated(element));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "an event handler attribute: " + abbreviated(element));
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertFalse(url.startsWith("javascript:") || url.startsWith("data:")
                            || url.startsWith("vbscript:"), "a script or data URL: " + abbreviated(element));
                }
            }
        }
    }

    private static String abbreviated(Element element) {
        String html = element.outerHtml();
        return html.length() > 300 ? html.substring(0, 300) + "…" : html;
    }
}
