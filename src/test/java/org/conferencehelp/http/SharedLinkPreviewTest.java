package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A link to a page, pasted into a chat or a mail, previews with the page's title and what it is for: a meta
 * description (which search engines show too) and Open Graph tags, in the page's language.
 */
class SharedLinkPreviewTest {

    @RegisterExtension
    static final TestSite site = new TestSite();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"/help/using-conferences/,en", "/help/using-conferences/,de", "/help/definitions/,en",
        "/help/definitions/,nl"})
    void describesItselfInItsOwnLanguage(String path, String lang) throws Exception {
        Document page = site.get(path + "?lang=" + lang).html();
        String lead = page.selectFirst("p.lead").text();

        assertEquals(List.of(lead, "website", page.title(), lead, page.selectFirst(".brand span").text()),
                List.of(meta(page, "name", "description"), meta(page, "property", "og:type"),
                        meta(page, "property", "og:title"), meta(page, "property", "og:description"),
                        meta(page, "property", "og:site_name")));
        assertEquals(lang, page.selectFirst("html").attr("lang"));
    }

    private static String meta(Document page, String attribute, String name) {
        return page.selectFirst("meta[" + attribute + "=" + name + "]").attr("content");
    }
}
