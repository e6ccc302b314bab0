package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundles' counted phrases (MessageFormat choices) for 0, 1, 2 and many, in every language, with each
 * language's thousands separator: French a narrow no-break space (U+202F), Spanish none in four-digit numbers.
 * The expected sentences are written out by hand, in {@code counted-phrases.tsv}. {@code rooms.more} has no 0: the
 * page never says "and 0 more".
 */
class CountsTest {

    private static final Map<Language, Messages> MESSAGES = Messages.load(CountsTest.class.getClassLoader());
    private static final String NNBSP = "\u202f";

    /** The rows of {@code counted-phrases.tsv}: language, key, then the phrase for 0 (or "-"), 1, 2 and 1500. */
    static Stream<Arguments> phrases() throws IOException {
        String table;
        try (InputStream in = CountsTest.class.getResourceAsStream("/counted-phrases.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return table.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(row -> row[2].equals("-")
                        ? Arguments.of(Language.named(row[0]), row[1], List.of(1, 2, 1500),
                                List.of(row[3], row[4], row[5]))
                        : Arguments.of(Language.named(row[0]), row[1], List.of(0, 1, 2, 1500),
                                List.of(row[2], row[3], row[4], row[5])));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("phrases")
    void countsAsTheLanguageDoes(Language language, String key, List<Integer> counts, List<String> expected) {
        Messages t = MESSAGES.get(language);

        assertEquals(expected, counts.stream().map(count -> t.format(key, count)).toList());
    }

    static Stream<Arguments> largeNumbers() {
        return Stream.of(
                Arguments.of(Language.EN, "15,000 public rooms", "1,500,000 public rooms"),
                Arguments.of(Language.DE, "15.000 öffentliche Räume", "1.500.000 öffentliche Räume"),
                Arguments.of(Language.FR, "15" + NNBSP + "000 salons publics",
                        "1" + NNBSP + "500" + NNBSP + "000 salons publics"),
                Arguments.of(Language.ES, "15.000 salas públicas", "1.500.000 salas públicas"),
                Arguments.of(Language.NL, "15.000 openbare groepsgesprekken", "1.500.000 openbare groepsgesprekken"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeNumbers")
    void groupsTheThousandsOfLargerNumbers(Language language, String fifteenThousand, String oneAndAHalfMillion) {
        Messages t = MESSAGES.get(language);

        assertEquals(List.of(fifteenThousand, oneAndAHalfMillion),
                List.of(t.format("rooms.count", 15_000), t.format("rooms.count", 1_500_000)));
    }

    static Stream<Arguments> keySizes() {
        return Stream.of(Arguments.of(Language.EN, "RSA 4096 bits"), Arguments.of(Language.DE, "RSA 4096 Bit"),
                Arguments.of(Language.FR, "RSA 4096 bits"), Arguments.of(Language.ES, "RSA 4096 bits"),
                Arguments.of(Language.NL, "RSA 4096 bits"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keySizes")
    void writesAKeySizeWithoutSeparator(Language language, String expected) {
        assertEquals(expected, MESSAGES.get(language).format("certificate.key.value", "RSA", 4096));
    }
}
