package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which language a page is served in. Translations may still be incomplete, so this checks the page's declared
 * language and the {@code Content-Language} header, not translated sentences.
 */
class LanguageChoiceTest {

    @RegisterExtension
    static final TestSite site = new TestSite();

    @Test
    void followsTheBrowsersAcceptLanguage() throws Exception {
        assertServedIn("de", site.get(TestSite.PAGE, "Accept-Language", "de"));
    }

    @Test
    void honoursQualityValuesInAcceptLanguage() throws Exception {
        assertServedIn("nl", site.get(TestSite.PAGE, "Accept-Language", "de;q=0.3, nl-BE;q=0.8, xx"));
    }

    @Test
    void letsLangInTheAddressOverrideAcceptLanguage() throws Exception {
        assertServedIn("fr", site.get(TestSite.PAGE + "?lang=fr", "Accept-Language", "de"));
    }

    @Test
    void fallsBackToEnglishForAnUnknownAcceptLanguage() throws Exception {
        assertServedIn("en", site.get(TestSite.PAGE, "Accept-Language", "xx-YY, tlh;q=0.9"));
    }

    @Test
    void fallsBackToAcceptLanguageForAnUnknownLang() throws Exception {
        assertServedIn("es", site.get(TestSite.PAGE + "?lang=zz", "Accept-Language", "es"));
    }

    @Test
    void fallsBackToEnglishWhenNothingIsKnown() throws Exception {
        assertServedIn("en", site.get(TestSite.PAGE + "?lang=zz"));
    }

    @Test
    void ignoresAcceptLanguageEntriesWithoutARange() throws Exception {
        assertServedIn("en", site.get(TestSite.PAGE, "Accept-Language", ";;;"));
        assertServedIn("de", site.get(TestSite.PAGE, "Accept-Language", ";, de;q=0.5, ;q=1"));
    }

    @Test
    void choosesTheLanguageOfTheDefinitionsPageTheSameWay() throws Exception {
        assertServedIn("de", site.get(TestSite.DEFINITIONS, "Accept-Language", "de-AT"));
    }

    @Test
    void marksTheCurrentLanguageAmongTheLanguageLinks() throws Exception {
        assertEquals("fr", site.get(TestSite.PAGE + "?lang=fr").html()
                .selectFirst("ul.languages a[aria-current]").attr("lang"));
    }

    private static void assertServedIn(String code, TestSite.Response response) {
        assertEquals(200, response.status());
        assertEquals(code, response.html().selectFirst("html").attr("lang"));
        assertEquals(code, response.header("Content-Language"));
    }
}
