package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.live.ServerSettings;
import org.conferencehelp.tls.CertificateInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as each language writes them in running text; the expected strings are written out by hand. */
class DatesTest {

    private static final Instant FIRST_OF_MARCH = Instant.parse("2027-03-01T09:05:00Z");
    private static final Instant SECOND_OF_MARCH = Instant.parse("2027-03-02T21:40:00Z");

    @Test
    void frenchWritesTheFirstDayOfAMonthAsAnOrdinal() {
        assertEquals("1er mars 2027", Dates.date(FIRST_OF_MARCH, Language.FR));
    }

    @Test
    void frenchWritesEveryOtherDayAsAPlainNumber() {
        assertEquals(List.of("2 mars 2027", "11 mars 2027", "21 mars 2027", "31 mars 2027"), List.of(
                Dates.date(SECOND_OF_MARCH, Language.FR),
                Dates.date(Instant.parse("2027-03-11T00:00:00Z"), Language.FR),
                Dates.date(Instant.parse("2027-03-21T00:00:00Z"), Language.FR),
                Dates.date(Instant.parse("2027-03-31T23:59:59Z"), Language.FR)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', value = {
        "EN | day  | March 1, 2027                | March 2, 2027",
        "DE | day  | 1. März 2027                 | 2. März 2027",
        "FR | day  | 1er mars 2027                | 2 mars 2027",
        "ES | day  | 1 de marzo de 2027           | 2 de marzo de 2027",
        "NL | day  | 1 maart 2027                 | 2 maart 2027",
        "EN | time | March 1, 2027, 9:05 AM UTC   | March 2, 2027, 9:40 PM UTC",
        "DE | time | 1. März 2027, 09:05 UTC      | 2. März 2027, 21:40 UTC",
        "FR | time | 1er mars 2027 à 09:05 UTC    | 2 mars 2027 à 21:40 UTC",
        "ES | time | 1 de marzo de 2027, 9:05 UTC | 2 de marzo de 2027, 21:40 UTC",
        "NL | time | 1 maart 2027 om 09:05 UTC    | 2 maart 2027 om 21:40 UTC",
    })
    void writesTheDayAndTheTimeAsTheLanguageDoes(Language language, String what, String first, String second) {
        BiFunction<Instant, Language, String> format = what.equals("day") ? Dates::date : Dates::dateTime;

        assertEquals(List.of(first, second),
                List.of(format.apply(FIRST_OF_MARCH, language), format.apply(SECOND_OF_MARCH, language)));
    }

    @Test
    void frenchPageSaysWhenItLastChangedWithTheOrdinal() {
        ServerFacts facts = new ServerFacts("example.org", new DirectorySnapshot(List.of(), true),
                ServerSettings.unknown("example.org"), CertificateInventory.EMPTY, List.of(), 1, FIRST_OF_MARCH);
        Messages french = Messages.load(DatesTest.class.getClassLoader()).get(Language.FR);

        assertEquals(french.format("footer.generated", "1er mars 2027 à 09:05 UTC"),
                PageModel.of(HelpPage.CONFERENCES, facts, french).generated());
    }
}
