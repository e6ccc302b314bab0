package org.conferencehelp.page;

import java.text.NumberFormat;

/** Whole numbers in running text, with each language's own thousands separator: 1,500 · 1.500 · 1 500 · 1500. */
final class Numbers {

    /** Spanish groups digits only from five on (CLDR's minimum grouping digits; the RAE's rule): 1500, but 15.000. */
    private static final long SPANISH_FIRST_GROUPED = 10_000;

    private Numbers() {
    }

    static String integer(long value, Language language) {
        NumberFormat format = NumberFormat.getIntegerInstance(language.locale());
        // The JDK's NumberFormat knows no minimum grouping digits: it would write 1.500 in Spanish.
        format.setGroupingUsed(language != Language.ES || Math.abs(value) >= SPANISH_FIRST_GROUPED);
        return format.format(value);
    }
}
