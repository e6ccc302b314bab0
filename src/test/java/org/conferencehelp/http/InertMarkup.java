package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks that a page holds only the plugin's own active markup: the head it always has (its one script, its style
 * sheet), no event handlers, no script or data URLs, and in the body no element and no SVG that data could have
 * smuggled in. What is the page's own is learned from the same page rendered from harmless data.
 */
final class InertMarkup {

    /** Attributes a browser follows as a URL. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "poster", "background", "srcset", "codebase", "cite", "ping", "lowsrc", "dynsrc", "manifest");

    private final String head;
    private final Set<String> bodyElements = new TreeSet<>();
    private final Set<String> svgClasses = new TreeSet<>();
    private final Set<String> svgParts = new TreeSet<>();

    private InertMarkup(Document harmless) {
        head = structure(harmless.head());
        harmless.body().getAllElements().forEach(element -> bodyElements.add(element.normalName()));
        for (Element svg : harmless.select("svg")) {
            svgClasses.add(svg.className());
            svg.select("*").forEach(part -> svgParts.add(part.normalName()));
        }
    }

    /** Learns the page's own markup from the page rendered from harmless data. */
    static InertMarkup learnedFrom(Document harmless) {
        return new InertMarkup(harmless);
    }

    void assertInert(Document page) {
        assertEquals(head, structure(page.head()), "the head changed: data reached it");
        assertTrue(page.selectFirst("head script[src=/help/assets/page.js]") != null, "the page's script is gone");
        for (Element element : page.body().getAllElements()) {
            assertTrue(bodyElements.contains(element.normalName()),
                    "data injected a <" + element.normalName() + "> element: " + abbreviated(element));
        }
        for (Element svg : page.select("svg")) {
            assertTrue(svgClasses.contains(svg.className()), "an SVG that is not the page's own: " + abbreviated(svg));
            svg.select("*").forEach(part -> assertTrue(svgParts.contains(part.normalName()),
                    "in an SVG of the page: " + abbreviated(svg)));
        }
        for (Element element : page.getAllElements()) {
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

    /**
     * The head without the text a room's page takes from the room (its title, and the description and link preview
     * that repeat it): every element and attribute, with those values blanked. A payload that broke out of them would
     * add or change an element or attribute.
     */
    private static String structure(Element head) {
        Element copy = head.clone();
        copy.select("title").forEach(title -> title.text(""));
        copy.select("meta[name=description], meta[property^=og:]").forEach(meta -> meta.attr("content", ""));
        return copy.outerHtml();
    }

    private static String abbreviated(Element element) {
        String html = element.outerHtml();
        return html.length() > 300 ? html.substring(0, 300) + "…" : html;
    }
}
