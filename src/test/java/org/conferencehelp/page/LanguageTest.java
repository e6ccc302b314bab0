package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a request chooses the page's language: ?lang=, then Accept-Language (RFC 9110 §12.5.4), then English. */
class LanguageTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', nullValues = "(none)", textBlock = """
            fr     | de, nl;q=0.9                 | FR | the explicit language wins over the header
            de-AT  | (none)                       | DE | an explicit language with a region names its language
            NL     | (none)                       | NL | the explicit language is case-insensitive
            pt     | es                           | ES | an unknown explicit language leaves the choice to the header
            (none) | nl, de                       | NL | a header without qualities chooses its first known language
            (none) | de;q=0.5, fr;q=0.9, nl;q=0.7 | FR | the highest quality wins, whatever the order
            (none) | de;q=0.9, es                 | ES | a language without quality has the highest
            (none) | de;q=0.8, fr;q=0.8           | DE | the first of equally preferred languages wins
            (none) | ja, zh-Hant;q=0.9, de;q=0.3  | DE | skips languages the pages are not translated into
            (none) | de;q=0, fr;q=0.1             | FR | a language with quality zero is not acceptable
            (none) | de;q=0                       | EN | only unacceptable languages fall back to English
            (none) | *                            | EN | the wildcard means English
            (none) | *;q=0.5, de;q=0.8            | DE | the wildcard loses to a preferred language
            (none) | *, nl;q=0.5                  | EN | the wildcard preferred over a language chooses English
            (none) | de;q=2, nl;q=0.5             | NL | a quality above one is ignored
            (none) | de;Q=0.2, fr;Q=0.9           | FR | an upper-case quality parameter counts
            (none) | de;q=0.5,;                   | DE | a range of nothing but semicolons does not spoil the others
            """)
    void choosesByTheRule(String lang, String acceptLanguage, Language expected, String rule) {
        assertEquals(expected, Language.choose(lang, acceptLanguage));
    }

    @ParameterizedTest
    @CsvSource({"de-AT, DE", "de-CH;q=0.9, DE", "fr-CA, FR", "es-419, ES", "nl-BE, NL", "en-GB, EN"})
    void regionSubtagChoosesItsLanguage(String header, Language expected) {
        assertEquals(expected, Language.choose(null, header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", ",,,", "q=0.5", ";q=1", "de;q=abc", "%%%", "\u0000\u0001", "🎉;q=1",
        "de;q=", "-de", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "de;;;q=NaN", "de;q=-1"})
    void garbageFallsBackToEnglish(String header) {
        assertEquals(Language.EN, Language.choose(null, header));
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ";;;", ",,,;;;", " , ;"})
    void rangeOfNothingButSemicolonsFallsBackToEnglish(String header) {
        assertEquals(Language.EN, Language.choose(null, header));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"zz", "?", "-", "de-AT-de-AT-de-AT-de-AT-de-AT-de-AT-de-AT"})
    void garbageLanguageParameterIsIgnored(String lang) {
        assertEquals(Language.EN, Language.choose(lang, null));
    }

    @Test
    void hugeHeaderFallsBackToEnglishQuickly() {
        String huge = "xx;q=0.9, ".repeat(100_000) + "de";

        assertEquals(Language.EN, assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Language.choose(null, huge)));
    }

    @Test
    void hugeSingleRangeFallsBackToEnglish() {
        assertEquals(Language.EN, Language.choose(null, "d".repeat(1_000_000)));
    }

    @Test
    void readsTheFirstRangesOfAHugeHeader() {
        String huge = "fr;q=0.5, " + "xx, ".repeat(100_000);

        assertEquals(Language.FR, Language.choose(null, huge));
    }
}
