package org.conferencehelp.page;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Dates and times on the pages, in UTC, as each language writes them in running text ("le 1er mars 2027").
 * Written-out patterns rather than the JDK's localized styles: those have no French ordinal "1er", and they change
 * with the JDK's locale data (a newer JDK puts "at" and a narrow space into the English time), which the page's
 * wording around them would have to follow.
 */
final class Dates {

    /** French writes the first day of a month as an ordinal, "1er", and every other day as a plain number. */
    private static final Map<Long, String> FRENCH_DAYS = frenchDays();
    private static final Map<Language, DateTimeFormatter> DATE = formatters(false);
    private static final Map<Language, DateTimeFormatter> DATE_TIME = formatters(true);

    private Dates() {
    }

    /** The day of {@code instant} in UTC, e.g. "March 1, 2027", "1. März 2027", "1er mars 2027". */
    static String date(Instant instant, Language language) {
        return DATE.get(language).format(instant);
    }

    /** The day and minute of {@code instant}, e.g. "March 1, 2027, 9:05 AM UTC", "1er mars 2027 à 09:05 UTC". */
    static String dateTime(Instant instant, Language language) {
        return DATE_TIME.get(language).format(instant) + " UTC";
    }

    private static Map<Language, DateTimeFormatter> formatters(boolean withTime) {
        Map<Language, DateTimeFormatter> formatters = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
            String rest = switch (language) {
                case EN -> "MMMM d, uuuu" + (withTime ? ", h:mm a" : "");
                case DE -> "d. MMMM uuuu" + (withTime ? ", HH:mm" : "");
                case FR -> " MMMM uuuu" + (withTime ? " 'à' HH:mm" : "");
                case ES -> "d 'de' MMMM 'de' uuuu" + (withTime ? ", H:mm" : "");
                case NL -> "d MMMM uuuu" + (withTime ? " 'om' HH:mm" : "");
            };
            if (language == Language.FR) {
                builder.appendText(DAY_OF_MONTH, FRENCH_DAYS);
            }
            formatters.put(language, builder.appendPattern(rest).toFormatter(language.locale())
                    .withZone(ZoneOffset.UTC));
        }
        return formatters;
    }

    private static Map<Long, String> frenchDays() {
        Map<Long, String> days = new HashMap<>();
        for (long day = 1; day <= 31; day++) {
            days.put(day, day == 1 ? "1er" : Long.toString(day));
        }
        return days;
    }
}
