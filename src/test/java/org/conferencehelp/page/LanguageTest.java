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

    @Test
    void explicitLanguageWinsOverTheHeader() {
        assertEquals(Language.FR, Language.choose("fr", "de, nl;q=0.9"));
    }

    @Test
    void explicitLanguageWithARegionNamesItsLanguage() {
        assertEquals(Language.DE, Language.choose("de-AT", null));
    }

    @Test
    void explicitLanguageIsCaseInsensitive() {
        assertEquals(Language.NL, Language.choose("NL", null));
    }

    @Test
    void unknownExplicitLanguageLeavesTheChoiceToTheHeader() {
        assertEquals(Language.ES, Language.choose("pt", "es"));
    }

    @Test
    void headerWithoutQualitiesChoosesItsFirstKnownLanguage() {
        assertEquals(Language.NL, Language.choose(null, "nl, de"));
    }

    @Test
    void highestQualityWinsWhateverTheOrder() {
        assertEquals(Language.FR, Language.choose(null, "de;q=0.5, fr;q=0.9, nl;q=0.7"));
    }

    @Test
    void languageWithoutQualityHasTheHighest() {
        assertEquals(Language.ES, Language.choose(null, "de;q=0.9, es"));
    }

    @Test
    void firstOfEquallyPreferredLanguagesWins() {
        assertEquals(Language.DE, Language.choose(null, "de;q=0.8, fr;q=0.8"));
    }

    @ParameterizedTest
    @CsvSource({"de-AT, DE", "de-CH;q=0.9, DE", "fr-CA, FR", "es-419, ES", "nl-BE, NL", "en-GB, EN"})
    void regionSubtagChoosesItsLanguage(String header, Language expected) {
        assertEquals(expected, Language.choose(null, header));
    }

    @Test
    void skipsLanguagesThePagesAreNotTranslatedInto() {
        assertEquals(Language.DE, Language.choose(null, "ja, zh-Hant;q=0.9, de;q=0.3"));
    }

    @Test
    void languageWithQualityZeroIsNotAcceptable() {
        assertEquals(Language.FR, Language.choose(null, "de;q=0, fr;q=0.1"));
    }

    @Test
    void onlyUnacceptableLanguagesFallBackToEnglish() {
        assertEquals(Language.EN, Language.choose(null, "de;q=0"));
    }

    @Test
    void wildcardMeansEnglish() {
        assertEquals(Language.EN, Language.choose(null, "*"));
    }

    @Test
    void wildcardLosesToAPreferredLanguage() {
        assertEquals(Language.DE, Language.choose(null, "*;q=0.5, de;q=0.8"));
    }

    @Test
    void wildcardPreferredOverALanguageChoosesEnglish() {
        assertEquals(Language.EN, Language.choose(null, "*, nl;q=0.5"));
    }

    @Test
    void qualityAboveOneIsIgnored() {
        assertEquals(Language.NL, Language.choose(null, "de;q=2, nl;q=0.5"));
    }

    @Test
    void upperCaseQualityParameterCounts() {
        assertEquals(Language.FR, Language.choose(null, "de;Q=0.2, fr;Q=0.9"));
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

    @Test
    void rangeOfNothingButSemicolonsDoesNotSpoilTheOthers() {
        assertEquals(Language.DE, Language.choose(null, "de;q=0.5,;"));
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
