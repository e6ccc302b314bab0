package org.conferencehelp.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The languages the pages are translated into, and how a request chooses one. */
public enum Language {
    EN("en", "English"),
    DE("de", "Deutsch"),
    FR("fr", "Français"),
    ES("es", "Español"),
    NL("nl", "Nederlands");

    public static final Language FALLBACK = EN;
    /** Accept-Language entries read at most; the rest of an absurdly long header is ignored. */
    private static final int MAX_RANGES = 32;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language a {@code ?lang=} value names (e.g. {@code de}, {@code de-AT}), or {@code null}. */
    public static Language named(String tag) {
        if (tag == null || tag.length() > 35) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return language;
            }
        }
        return null;
    }

    /**
     * Chooses a language: an explicit {@code ?lang=} wins, then the best match of {@code Accept-Language}
     * (RFC 9110 §12.5.4, quality values honoured), then English. Malformed input is ignored, never an error.
     */
    public static Language choose(String explicit, String acceptLanguage) {
        Language named = named(explicit);
        if (named != null) {
            return named;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FALLBACK;
        }
        List<String> ranges = new ArrayList<>();
        List<Double> qualities = new ArrayList<>();
        String[] parts = acceptLanguage.split(",", MAX_RANGES + 1);
        for (int i = 0; i < Math.min(parts.length, MAX_RANGES); i++) {
            String[] fields = parts[i].split(";", -1); // -1: ";" alone gives [""], not an empty array
            double q = 1.0;
            for (int f = 1; f < fields.length; f++) {
                String param = fields[f].strip();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    q = quality(param.substring(2));
                }
            }
            ranges.add(fields[0].strip());
            qualities.add(q);
        }
        Language best = null;
        double bestQuality = 0;
        for (int i = 0; i < ranges.size(); i++) {
            String range = ranges.get(i);
            Language language = range.equals("*") ? FALLBACK : named(range);
            if (language != null && qualities.get(i) > bestQuality) {
                best = language;
                bestQuality = qualities.get(i);
            }
        }
        return best != null ? best : FALLBACK;
    }

    private static double quality(String value) {
        try {
            double q = Double.parseDouble(value.strip());
            return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
