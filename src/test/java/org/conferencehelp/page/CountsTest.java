package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundles' counted phrases (MessageFormat choices) for 0, 1, 2 and many, in every language, with each
 * language's thousands separator: French a narrow no-break space (U+202F), Spanish none in four-digit numbers.
 * The expected sentences are written out by hand. {@code rooms.more} has no 0: the page never says "and 0 more".
 */
class CountsTest {

    private static final Map<Language, Messages> MESSAGES = Messages.load(CountsTest.class.getClassLoader());
    private static final String NNBSP = "\u202f";

    static Stream<Arguments> phrases() {
        return Stream.of(
                // English
                counted(Language.EN, "rooms.count", "No public rooms", "One public room", "2 public rooms",
                        "1,500 public rooms"),
                counted(Language.EN, "rooms.more", null, "… and one more room not listed here.",
                        "… and 2 more rooms not listed here.", "… and 1,500 more rooms not listed here."),
                counted(Language.EN, "room.occupants", "No one in the room right now", "One person in the room",
                        "2 people in the room", "1,500 people in the room"),
                counted(Language.EN, "certificate.days-left", "expires within a day", "one day left", "2 days left",
                        "1,500 days left"),
                counted(Language.EN, "certificate.warning.expiring",
                        "This certificate expires in less than a day. Expect its fingerprint to change soon.",
                        "This certificate expires in one day. Expect its fingerprint to change soon.",
                        "This certificate expires in 2 days. Expect its fingerprint to change soon.",
                        "This certificate expires in 1,500 days. Expect its fingerprint to change soon."),
                // Deutsch
                counted(Language.DE, "rooms.count", "Keine öffentlichen Räume", "Ein öffentlicher Raum",
                        "2 öffentliche Räume", "1.500 öffentliche Räume"),
                counted(Language.DE, "rooms.more", null, "… und ein weiterer Raum, der hier nicht aufgeführt ist.",
                        "… und 2 weitere Räume, die hier nicht aufgeführt sind.",
                        "… und 1.500 weitere Räume, die hier nicht aufgeführt sind."),
                counted(Language.DE, "room.occupants", "Zurzeit niemand im Raum", "Eine Person im Raum",
                        "2 Personen im Raum", "1.500 Personen im Raum"),
                counted(Language.DE, "certificate.days-left", "läuft innerhalb eines Tages ab", "noch ein Tag",
                        "noch 2 Tage", "noch 1.500 Tage"),
                counted(Language.DE, "certificate.warning.expiring",
                        "Dieses Zertifikat läuft in weniger als einem Tag ab. "
                                + "Sein Fingerabdruck wird sich also bald ändern.",
                        "Dieses Zertifikat läuft in einem Tag ab. Sein Fingerabdruck wird sich also bald ändern.",
                        "Dieses Zertifikat läuft in 2 Tagen ab. Sein Fingerabdruck wird sich also bald ändern.",
                        "Dieses Zertifikat läuft in 1.500 Tagen ab. Sein Fingerabdruck wird sich also bald ändern."),
                // Français
                counted(Language.FR, "rooms.count", "Aucun salon public", "Un salon public", "2 salons publics",
                        "1" + NNBSP + "500 salons publics"),
                counted(Language.FR, "rooms.more", null, "… et un autre salon qui n’est pas affiché ici.",
                        "… et 2 autres salons qui ne sont pas affichés ici.",
                        "… et 1" + NNBSP + "500 autres salons qui ne sont pas affichés ici."),
                counted(Language.FR, "room.occupants", "Personne dans le salon pour le moment",
                        "Une personne dans le salon", "2 personnes dans le salon",
                        "1" + NNBSP + "500 personnes dans le salon"),
                counted(Language.FR, "certificate.days-left", "expire dans moins d’un jour", "un jour restant",
                        "2 jours restants", "1" + NNBSP + "500 jours restants"),
                counted(Language.FR, "certificate.warning.expiring",
                        "Ce certificat expire dans moins d’un jour. "
                                + "Attendez-vous à ce que son empreinte change bientôt.",
                        "Ce certificat expire dans un jour. Attendez-vous à ce que son empreinte change bientôt.",
                        "Ce certificat expire dans 2 jours. Attendez-vous à ce que son empreinte change bientôt.",
                        "Ce certificat expire dans 1" + NNBSP
                                + "500 jours. Attendez-vous à ce que son empreinte change bientôt."),
                // Español
                counted(Language.ES, "rooms.count", "Ninguna sala pública", "Una sala pública", "2 salas públicas",
                        "1500 salas públicas"),
                counted(Language.ES, "rooms.more", null, "… y otra sala que no aparece aquí.",
                        "… y 2 salas más que no aparecen aquí.", "… y 1500 salas más que no aparecen aquí."),
                counted(Language.ES, "room.occupants", "Nadie en la sala ahora mismo", "Una persona en la sala",
                        "2 personas en la sala", "1500 personas en la sala"),
                counted(Language.ES, "certificate.days-left", "caduca en menos de un día", "queda un día",
                        "quedan 2 días", "quedan 1500 días"),
                counted(Language.ES, "certificate.warning.expiring",
                        "Este certificado caduca en menos de un día. Es probable que su huella digital cambie pronto.",
                        "Este certificado caduca en un día. Es probable que su huella digital cambie pronto.",
                        "Este certificado caduca en 2 días. Es probable que su huella digital cambie pronto.",
                        "Este certificado caduca en 1500 días. Es probable que su huella digital cambie pronto."),
                // Nederlands
                counted(Language.NL, "rooms.count", "Geen openbare groepsgesprekken", "Eén openbaar groepsgesprek",
                        "2 openbare groepsgesprekken", "1.500 openbare groepsgesprekken"),
                counted(Language.NL, "rooms.more", null, "… en nog één groepsgesprek dat hier niet vermeld staat.",
                        "… en nog 2 groepsgesprekken die hier niet vermeld staan.",
                        "… en nog 1.500 groepsgesprekken die hier niet vermeld staan."),
                counted(Language.NL, "room.occupants", "Nu niemand aanwezig", "Eén persoon aanwezig",
                        "2 personen aanwezig", "1.500 personen aanwezig"),
                counted(Language.NL, "certificate.days-left", "verloopt binnen een dag", "nog één dag",
                        "nog 2 dagen", "nog 1.500 dagen"),
                counted(Language.NL, "certificate.warning.expiring",
                        "Dit certificaat verloopt over minder dan een dag. "
                                + "Reken erop dat de vingerafdruk binnenkort verandert.",
                        "Dit certificaat verloopt over één dag. Reken erop dat de vingerafdruk binnenkort verandert.",
                        "Dit certificaat verloopt over 2 dagen. Reken erop dat de vingerafdruk binnenkort verandert.",
                        "Dit certificaat verloopt over 1.500 dagen. "
                                + "Reken erop dat de vingerafdruk binnenkort verandert."));
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

    /** The phrase for 0 (unless {@code zero} is null), 1, 2 and 1500. */
    private static Arguments counted(Language language, String key, String zero, String one, String two,
                                     String many) {
        return zero == null
                ? Arguments.of(language, key, List.of(1, 2, 1500), List.of(one, two, many))
                : Arguments.of(language, key, List.of(0, 1, 2, 1500), List.of(zero, one, two, many));
    }
}
