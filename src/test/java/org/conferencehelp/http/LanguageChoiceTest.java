package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which language a page is served in. Translations may still be incomplete, so this checks the page's declared
 * language and the {@code Content-Language} header, not translated sentences.
 */
class LanguageChoiceTest {

    @RegisterExtension
    static final TestSite site = new TestSite();

    /** The rule, the address asked for, its Accept-Language (null: none) and the language to serve. */
    static Stream<Arguments> choices() {
        return Stream.of(
                Arguments.of("follows the browser's Accept-Language", TestSite.PAGE, "de", "de"),
                Arguments.of("honours quality values in Accept-Language", TestSite.PAGE, "de;q=0.3, nl-BE;q=0.8, xx",
                        "nl"),
                Arguments.of("lets lang in the address override Accept-Language", TestSite.PAGE + "?lang=fr", "de",
                        "fr"),
                Arguments.of("falls back to English for an unknown Accept-Language", TestSite.PAGE,
                        "xx-YY, tlh;q=0.9", "en"),
                Arguments.of("falls back to Accept-Language for an unknown lang", TestSite.PAGE + "?lang=zz", "es",
                        "es"),
                Arguments.of("falls back to English when nothing is known", TestSite.PAGE + "?lang=zz", null, "en"),
                Arguments.of("ignores Accept-Language entries without a range (nothing else)", TestSite.PAGE, ";;;",
                        "en"),
                Arguments.of("ignores Accept-Language entries without a range (beside de)", TestSite.PAGE,
                        ";, de;q=0.5, ;q=1", "de"),
                Arguments.of("chooses the language of the definitions page the same way", TestSite.DEFINITIONS,
                        "de-AT", "de"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("choices")
    void servesThePageInTheChosenLanguage(String rule, String address, String acceptLanguage, String language)
            throws Exception {
        TestSite.Response response = acceptLanguage == null ? site.get(address)
                : site.get(address, "Accept-Language", acceptLanguage);

        assertEquals(200, response.status());
        assertEquals(language, response.html().selectFirst("html").attr("lang"));
        assertEquals(language, response.header("Content-Language"));
    }

    @Test
    void marksTheCurrentLanguageAmongTheLanguageLinks() throws Exception {
        assertEquals("fr", site.get(TestSite.PAGE + "?lang=fr").html()
                .selectFirst("ul.languages a[aria-current]").attr("lang"));
    }
}
