package org.conferencehelp.live;

import java.util.Map;

/**
 * The administrator's own words on the public page, per language code ({@code en}, {@code de}, …): plain text, shown
 * escaped with its paragraphs and links. A language without its own text shows the English one.
 */
public record AdminWords(Map<String, String> welcome, Map<String, String> houseRules) {

    public static final String FALLBACK_LANGUAGE = "en";
    public static final AdminWords NONE = new AdminWords(Map.of(), Map.of());

    public AdminWords {
        welcome = Map.copyOf(welcome);
        houseRules = Map.copyOf(houseRules);
    }

    /** The welcome text in {@code language}, else in English, else empty. */
    public String welcomeIn(String language) {
        return in(welcome, language);
    }

    /** The house rules in {@code language}, else in English, else empty. */
    public String houseRulesIn(String language) {
        return in(houseRules, language);
    }

    private static String in(Map<String, String> texts, String language) {
        String text = texts.getOrDefault(language, "");
        return text.isBlank() ? texts.getOrDefault(FALLBACK_LANGUAGE, "") : text;
    }
}
