package org.conferencehelp.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.live.AdminWords;
import org.conferencehelp.live.PageSections;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.page.Language;

/**
 * The console's form: its fields, what they hold now, and a submission read back into {@link ConsoleValues} or
 * into the problems that stop it. A submission with any problem changes nothing.
 */
public final class SettingsForm {

    static final String MAX_ROOMS = "maxRooms";
    static final String REFRESH = "refresh";
    static final String RETENTION = "retention";
    static final List<String> SECTIONS = List.of("roomDirectory", "roomPages", "federation", "certificates",
            "previousCertificates", "advanced");
    static final String WELCOME = "welcome-";
    static final String HOUSE_RULES = "rules-";
    static final String APPS = "apps";
    /** Room for a few apps on each platform, with long links. */
    static final int MAX_APPS_LENGTH = 20_000;

    /** Digits only: no sign, no exponent, no grouping; more than nine is out of range anyway. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    /** What a browser would read as the start of a tag, a comment or a declaration. */
    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]");

    /**
     * One problem with one field.
     *
     * @param key       the message's key in the bundles, with {0} the field's label
     * @param arguments further arguments, from {1} on
     */
    public record Problem(String field, String key, List<Object> arguments) {
    }

    /** A submission read: either {@code values} (no problems) or the problems, with what was typed kept. */
    public record Submission(ConsoleValues values, List<Problem> problems, Map<String, String> typed) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private SettingsForm() {
    }

    /** The form's fields as the values fill them. */
    static Map<String, String> fields(ConsoleValues values) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(MAX_ROOMS, Integer.toString(values.maxRooms()));
        fields.put(REFRESH, Long.toString(values.refresh().toSeconds()));
        fields.put(RETENTION, Long.toString(values.retention().toDays()));
        List<Boolean> shown = shown(values.sections());
        for (int i = 0; i < SECTIONS.size(); i++) {
            fields.put(SECTIONS.get(i), shown.get(i) ? "on" : "");
        }
        for (Language language : Language.values()) {
            fields.put(WELCOME + language.code(), values.words().welcome().getOrDefault(language.code(), ""));
            fields.put(HOUSE_RULES + language.code(), values.words().houseRules().getOrDefault(language.code(), ""));
        }
        fields.put(APPS, values.apps());
        return fields;
    }

    /** Reads a submission: every field is checked, so that all its problems show at once. */
    static Submission read(Map<String, String[]> parameters) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        long maxRooms = number(parameters, MAX_ROOMS, SiteSettings.MIN_MAX_ROOMS, SiteSettings.MAX_MAX_ROOMS,
                problems, typed);
        long refresh = number(parameters, REFRESH, SiteSettings.MIN_DIRECTORY_REFRESH.toSeconds(),
                SiteSettings.MAX_DIRECTORY_REFRESH.toSeconds(), problems, typed);
        long retention = number(parameters, RETENTION, SiteSettings.MIN_HISTORY_RETENTION.toDays(),
                SiteSettings.MAX_HISTORY_RETENTION.toDays(), problems, typed);
        boolean[] shown = new boolean[SECTIONS.size()];
        for (int i = 0; i < SECTIONS.size(); i++) {
            // An unticked checkbox sends nothing at all.
            shown[i] = !value(parameters, SECTIONS.get(i)).isEmpty();
            typed.put(SECTIONS.get(i), shown[i] ? "on" : "");
        }
        Map<String, String> welcome = new LinkedHashMap<>();
        Map<String, String> houseRules = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            text(parameters, WELCOME + language.code(), language, welcome, problems, typed);
            text(parameters, HOUSE_RULES + language.code(), language, houseRules, problems, typed);
        }
        String apps = apps(parameters, problems, typed);
        if (!problems.isEmpty()) {
            return new Submission(null, List.copyOf(problems), typed);
        }
        return new Submission(new ConsoleValues((int) maxRooms, Duration.ofSeconds(refresh),
                Duration.ofDays(retention), new PageSections(shown[0], shown[1], shown[2], shown[3], shown[4],
                shown[5]), new AdminWords(welcome, houseRules), apps), List.of(), typed);
    }

    static List<Boolean> shown(PageSections sections) {
        return List.of(sections.roomDirectory(), sections.roomPages(), sections.federation(),
                sections.certificates(), sections.previousCertificates(), sections.advanced());
    }

    private static long number(Map<String, String[]> parameters, String field, long min, long max,
                               List<Problem> problems, Map<String, String> typed) {
        String text = value(parameters, field).strip();
        typed.put(field, text);
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            problems.add(new Problem(field, "console.error.number", List.of(min, max)));
            return -1;
        }
        long number = Long.parseLong(text);
        if (number < min || number > max) {
            problems.add(new Problem(field, "console.error.range", List.of(min, max)));
        }
        return number;
    }

    private static void text(Map<String, String[]> parameters, String field, Language language,
                             Map<String, String> texts, List<Problem> problems, Map<String, String> typed) {
        // Browsers send line breaks as CR LF; kept as LF, as the page reads any of them.
        String text = value(parameters, field).replace("\r\n", "\n").replace('\r', '\n').strip();
        typed.put(field, text);
        if (text.length() > SiteSettings.MAX_WORDS_LENGTH) {
            problems.add(new Problem(field, "console.error.too-long",
                    List.of(SiteSettings.MAX_WORDS_LENGTH, text.length())));
        } else if (MARKUP.matcher(text).find()) {
            problems.add(new Problem(field, "console.error.markup", List.of()));
        } else if (!text.isEmpty()) {
            texts.put(language.code(), text);
        }
    }

    /** A list of apps in the bundled list's format, or empty for the plugin's own list. */
    private static String apps(Map<String, String[]> parameters, List<Problem> problems, Map<String, String> typed) {
        String text = value(parameters, APPS).replace("\r\n", "\n").replace('\r', '\n').strip();
        typed.put(APPS, text);
        if (text.length() > MAX_APPS_LENGTH) {
            problems.add(new Problem(APPS, "console.error.too-long", List.of(MAX_APPS_LENGTH, text.length())));
        } else if (!text.isEmpty()) {
            try {
                ChatApps.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(APPS, "console.error.apps", List.of(e.getMessage())));
            }
        }
        return text;
    }

    private static String value(Map<String, String[]> parameters, String field) {
        String[] values = parameters.get(field);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0];
    }
}
