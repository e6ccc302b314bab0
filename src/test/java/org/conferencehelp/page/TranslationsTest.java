package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.render.PageRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped language (each {@link Language} but English) has its bundle, with every English key, placeholders
 * that match, and pages that show no English sentence: each page is rendered in each language for every state
 * {@link TranslationFixtures} knows, and no English text of four words or more may appear in it, except where the
 * translation is identical to the English (product names, technical terms).
 */
class TranslationsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    /** English phrases that are the same in every language, wherever they appear. */
    private static final Set<String> TECHNICAL_TERMS = Set.of("TLS (Transport Layer Security)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern CHOICE_LIMIT = Pattern.compile("[^#<\u2264]*[#<\u2264]");

    static Stream<Language> translations() {
        return Stream.of(Language.values()).filter(language -> language != Language.FALLBACK);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyEnglishKeyIsTranslated(Language language) {
        Properties english = bundle(Language.FALLBACK);
        Properties translated = bundle(language);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys missing from " + file(language));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationsKeepTheEnglishPlaceholders(Language language) {
        Properties english = bundle(Language.FALLBACK);
        Properties translated = bundle(language);
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String value = translated.getProperty(key);
            if (value == null || !english.getProperty(key).contains("{")) {
                continue;
            }
            if (!placeholders(english.getProperty(key)).equals(placeholders(value))) {
                wrong.add(key + ": placeholders " + placeholders(value) + ", English has "
                        + placeholders(english.getProperty(key)));
            }
            // MessageFormat reads ' as a quote that hides the rest of the text: the bundles write ’ instead.
            if (value.indexOf('\'') >= 0) {
                wrong.add(key + ": has an ASCII apostrophe (write ’ in MessageFormat patterns)");
            }
        }
        assertEquals(List.of(), wrong, file(language));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void noTranslatedPageShowsAnEnglishSentence(Language language) {
        Properties english = bundle(Language.FALLBACK);
        Properties translated = bundle(language);
        PageRenderer renderer = new PageRenderer(Messages.load(TranslationsTest.class.getClassLoader()));
        Map<String, List<String>> phrases = englishPhrases(english, translated);
        Set<String> found = new TreeSet<>();
        for (ServerFacts state : TranslationFixtures.states(NOW).values()) {
            for (HelpPage page : HelpPage.values()) {
                String text = visibleText(renderer.render(page, state, language));
                phrases.forEach((key, fragments) -> fragments.stream().filter(text::contains)
                        .forEach(fragment -> found.add(page.slug() + ", " + key + ": “" + fragment + "”")));
            }
        }
        assertEquals(Set.of(), found, "English on the " + language.nativeName() + " pages");
    }

    /**
     * For each key whose translation differs from the English, the English text's fragments of four words or more
     * (the literal text between placeholders, and each branch of a choice).
     */
    private static Map<String, List<String>> englishPhrases(Properties english, Properties translated) {
        Map<String, List<String>> phrases = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            if (value.equals(translated.getProperty(key)) || TECHNICAL_TERMS.contains(value)) {
                continue;
            }
            List<String> fragments = new ArrayList<>();
            for (String fragment : fragments(value)) {
                String normal = fragment.strip().replaceAll("\\s+", " ");
                if (normal.split(" ").length >= 4) {
                    fragments.add(normal);
                }
            }
            if (!fragments.isEmpty()) {
                phrases.put(key, fragments);
            }
        }
        return phrases;
    }

    /** The literal pieces of a MessageFormat pattern, descending into {@code choice} branches. */
    static List<String> fragments(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            pieces.add(literal.toString());
            literal.setLength(0);
            int depth = 0;
            int end = i;
            do {
                depth += pattern.charAt(end) == '{' ? 1 : pattern.charAt(end) == '}' ? -1 : 0;
                end++;
            } while (depth > 0 && end < pattern.length());
            String argument = pattern.substring(i + 1, end - 1);
            int choice = argument.indexOf(",choice,");
            if (choice >= 0) {
                for (String branch : argument.substring(choice + ",choice,".length()).split("\\|")) {
                    Matcher limit = CHOICE_LIMIT.matcher(branch); // "1#one room", "1<{0} rooms"
                    pieces.addAll(fragments(limit.lookingAt() ? branch.substring(limit.end()) : branch));
                }
            }
            i = end;
        }
        pieces.add(literal.toString());
        return pieces;
    }

    /** What a reader sees or hears: the text, and the attributes that carry words (labels, titles). */
    private static String visibleText(String html) {
        Document document = Jsoup.parse(html);
        StringBuilder text = new StringBuilder(document.title()).append(' ').append(document.body().text());
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getKey().equals("aria-label") || attribute.getKey().equals("title")
                        || attribute.getKey().equals("alt") || attribute.getKey().endsWith("-label")) {
                    text.append(' ').append(attribute.getValue());
                }
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return numbers;
    }

    private static String file(Language language) {
        return Messages.BUNDLE + (language == Language.FALLBACK ? "" : "_" + language.code()) + ".properties";
    }

    private static Properties bundle(Language language) {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(file(language))) {
            assertNotNull(in, "i18n/" + file(language) + " is missing: " + language.nativeName()
                    + " is a shipped language (org.conferencehelp.page.Language)");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
