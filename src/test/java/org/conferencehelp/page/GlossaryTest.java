package org.conferencehelp.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every bundle follows docs/glossary.md: it uses the glossary's term wherever the glossary names a key, it uses none
 * of the wordings in glossary-forbidden.tsv, and the join step quotes exactly the clients' labels listed there.
 */
class GlossaryTest {

    private static final Path GLOSSARY = Path.of(System.getProperty("basedir", "."), "docs", "glossary.md");
    /** How each language quotes a label: English “…”, German „…“, French « … », Spanish «…», Dutch ‘…’. */
    private static final Map<Language, Pattern> QUOTED = Map.of(
            Language.EN, Pattern.compile("“([^”]+)”"),
            Language.DE, Pattern.compile("„([^“]+)“"),
            Language.FR, Pattern.compile("«\u202f([^»]+?)\u202f»"),
            Language.ES, Pattern.compile("«([^»]+)»"),
            Language.NL, Pattern.compile("‘([^’]+)’"));

    @ParameterizedTest
    @EnumSource(Language.class)
    void bundleUsesNoForbiddenWording(Language language) {
        Properties bundle = bundle(language);
        List<Rule> rules = forbidden().stream().filter(rule -> rule.language() == language).toList();
        assertFalse(rules.isEmpty(), "glossary-forbidden.tsv has no rule for " + language);

        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            for (Rule rule : rules) {
                Matcher matcher = rule.forbidden().matcher(bundle.getProperty(key));
                if (matcher.find()) {
                    found.add(key + ": “" + matcher.group() + "”, write " + rule.instead() + " (" + rule.why() + ")");
                }
            }
        }
        assertEquals(List.of(), found, file(language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void bundleUsesTheGlossaryTerms(Language language) {
        Properties bundle = bundle(language);
        List<Map<String, String>> rows = table(glossary(), "Concept");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : rows) {
            String key = row.get("Checked in").replace("`", "");
            if (key.isEmpty() || key.equals("—")) {
                continue;
            }
            String term = row.get(language.code());
            String text = bundle.getProperty(key);
            assertNotNull(text, "docs/glossary.md names " + key + ", which " + file(language) + " does not have");
            if (!text.toLowerCase(language.locale()).contains(term.toLowerCase(language.locale()))) {
                wrong.add(key + " does not say “" + term + "” (" + row.get("Concept") + "): " + text);
            }
            checked++;
        }
        assertTrue(checked >= 20, "docs/glossary.md: only " + checked + " terms have a key to check");
        assertEquals(List.of(), wrong, file(language));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void joinStepQuotesTheClientsOwnLabels(Language language) {
        Set<String> labels = new TreeSet<>();
        for (Map<String, String> row : table(glossary(), "Client")) {
            labels.add(row.get(language.code()));
        }
        Set<String> quoted = new TreeSet<>();
        Matcher matcher = QUOTED.get(language).matcher(bundle(language).getProperty("conferences.how.step1"));
        while (matcher.find()) {
            quoted.add(matcher.group(1));
        }
        assertEquals(4, labels.size(), "docs/glossary.md: the labels of Gajim, Dino, Conversations and Monal");
        assertEquals(labels, quoted, "conferences.how.step1 in " + file(language));
    }

    /** A wording {@code language} must not use, and what to write instead. */
    private record Rule(Language language, Pattern forbidden, String instead, String why) {
    }

    private static List<Rule> forbidden() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = GlossaryTest.class.getClassLoader().getResourceAsStream("glossary-forbidden.tsv")) {
            assertNotNull(in, "glossary-forbidden.tsv is not on the test class path");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                assertEquals(4, fields.length, "glossary-forbidden.tsv: " + line);
                Language language = Language.named(fields[0]);
                assertNotNull(language, "glossary-forbidden.tsv: no language " + fields[0]);
                rules.add(new Rule(language, Pattern.compile(fields[1]), fields[2], fields[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** The rows of the Markdown table whose first column is headed {@code firstHeading}, by column heading. */
    private static List<Map<String, String>> table(List<String> lines, String firstHeading) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> headings = null;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                if (headings != null) {
                    break;
                }
                continue;
            }
            List<String> cells = cells(line);
            if (headings == null) {
                if (cells.get(0).equals(firstHeading)) {
                    headings = cells;
                }
            } else if (!cells.get(0).startsWith("---")) {
                assertEquals(headings.size(), cells.size(), "docs/glossary.md: " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put(headings.get(i), cells.get(i));
                }
                rows.add(row);
            }
        }
        assertNotNull(headings, "docs/glossary.md has no table headed “" + firstHeading + "”");
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        String inner = line.strip();
        for (String cell : inner.substring(1, inner.length() - 1).split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static List<String> glossary() {
        try {
            return Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + GLOSSARY.toAbsolutePath(), e);
        }
    }

    private static String file(Language language) {
        return Messages.BUNDLE + (language == Language.FALLBACK ? "" : "_" + language.code()) + ".properties";
    }

    private static Properties bundle(Language language) {
        try (InputStream in = GlossaryTest.class.getClassLoader().getResourceAsStream(file(language))) {
            assertNotNull(in, file(language) + " is not on the test class path");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
