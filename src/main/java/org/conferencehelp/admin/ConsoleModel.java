package org.conferencehelp.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conferencehelp.live.PageContent;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.page.Language;
import org.conferencehelp.page.Messages;

/**
 * The console page in the administrator's language, every decision made; the template only lays it out. A field
 * with a problem carries its message, and the summary at the top links to each such field.
 *
 * @param pageId the admin console's menu entry this page belongs to ({@code <meta name="pageID">})
 * @param token  the token the form carries back (see {@link ConsoleSession#formToken})
 */
public record ConsoleModel(Messages t, String pageId, String token, List<Flash> flashes, List<ErrorLink> errors,
                           ConsoleStatus status, List<NumberField> numbers, List<Checkbox> sections,
                           String wordsHelp, List<TextField> words, TextField apps) {

    /** A problem in the summary: its message, and the id of the field it is about. */
    public record ErrorLink(String fieldId, String message) {
    }

    /** A whole-number field; {@code error} is empty when it has no problem. */
    public record NumberField(String id, String label, String value, String help, String bounds, long min, long max,
                              String error) {
        public boolean invalid() {
            return !error.isEmpty();
        }
    }

    public record Checkbox(String id, String label, String help, boolean checked) {
    }

    /** A text in one language; {@code lang} marks the text area's language for screen readers and spelling. */
    public record TextField(String id, String label, String help, String lang, String value, String error) {
        public boolean invalid() {
            return !error.isEmpty();
        }
    }

    static ConsoleModel of(Messages t, String pageId, String token, List<Flash> flashes, ConsoleStatus status,
                           Map<String, String> typed, List<SettingsForm.Problem> problems) {
        List<ErrorLink> errors = new ArrayList<>();
        for (SettingsForm.Problem problem : problems) {
            Object[] arguments = new Object[problem.arguments().size() + 1];
            arguments[0] = label(problem.field(), t);
            for (int i = 0; i < problem.arguments().size(); i++) {
                arguments[i + 1] = problem.arguments().get(i);
            }
            errors.add(new ErrorLink(problem.field(), t.format(problem.key(), arguments)));
        }
        ConsoleValues defaults = defaults();
        Map<String, String> defaultFields = SettingsForm.fields(defaults);
        List<NumberField> numbers = List.of(
                number(SettingsForm.MAX_ROOMS, SiteSettings.MIN_MAX_ROOMS, SiteSettings.MAX_MAX_ROOMS, t, typed,
                        defaultFields, errors),
                number(SettingsForm.REFRESH, SiteSettings.MIN_DIRECTORY_REFRESH.toSeconds(),
                        SiteSettings.MAX_DIRECTORY_REFRESH.toSeconds(), t, typed, defaultFields, errors),
                number(SettingsForm.RETENTION, SiteSettings.MIN_HISTORY_RETENTION.toDays(),
                        SiteSettings.MAX_HISTORY_RETENTION.toDays(), t, typed, defaultFields, errors));
        List<Checkbox> sections = new ArrayList<>();
        for (String section : SettingsForm.SECTIONS) {
            sections.add(new Checkbox(section, t.get("console.section." + section),
                    t.get("console.section." + section + ".help"), !typed.getOrDefault(section, "").isEmpty()));
        }
        List<TextField> words = new ArrayList<>();
        for (String kind : List.of(SettingsForm.WELCOME, SettingsForm.HOUSE_RULES)) {
            for (Language language : Language.values()) {
                String id = kind + language.code();
                words.add(new TextField(id, label(id, t), t.get(kind.equals(SettingsForm.WELCOME)
                        ? "console.words.welcome.help" : "console.words.rules.help"), language.code(),
                        typed.getOrDefault(id, ""), errorOf(id, errors)));
            }
        }
        TextField apps = new TextField(SettingsForm.APPS, label(SettingsForm.APPS, t), t.get("console.apps.help"),
                "", typed.getOrDefault(SettingsForm.APPS, ""), errorOf(SettingsForm.APPS, errors));
        return new ConsoleModel(t, pageId, token, flashes, errors, status, numbers, sections,
                t.format("console.words.help", SiteSettings.MAX_WORDS_LENGTH), words, apps);
    }

    /** What the settings are until the administrator changes them. */
    static ConsoleValues defaults() {
        return new ConsoleValues(SiteSettings.DEFAULT_MAX_ROOMS, SiteSettings.DEFAULT_DIRECTORY_REFRESH,
                SiteSettings.DEFAULT_HISTORY_RETENTION, PageContent.DEFAULT.sections(), PageContent.DEFAULT.words());
    }

    private static NumberField number(String id, long min, long max, Messages t, Map<String, String> typed,
                                      Map<String, String> defaults, List<ErrorLink> errors) {
        return new NumberField(id, label(id, t), typed.getOrDefault(id, ""),
                t.get("console.field." + id + ".help") + " " + t.format("console.default", defaults.get(id)),
                t.format("console.range", min, max), min, max, errorOf(id, errors));
    }

    /** A field's label, as its problems name it too. */
    private static String label(String field, Messages t) {
        for (Language language : Language.values()) {
            if (field.equals(SettingsForm.WELCOME + language.code())) {
                return t.get("console.words.welcome") + " (" + language.nativeName() + ")";
            }
            if (field.equals(SettingsForm.HOUSE_RULES + language.code())) {
                return t.get("console.words.rules") + " (" + language.nativeName() + ")";
            }
        }
        return t.get("console.field." + field);
    }

    private static String errorOf(String field, List<ErrorLink> errors) {
        return errors.stream().filter(e -> e.fieldId().equals(field)).map(ErrorLink::message).findFirst()
                .orElse("");
    }
}
