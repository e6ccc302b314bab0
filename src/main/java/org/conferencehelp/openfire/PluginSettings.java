package org.conferencehelp.openfire;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.conferencehelp.admin.ConsoleSettings;
import org.conferencehelp.admin.ConsoleValues;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.live.AdminWords;
import org.conferencehelp.live.PageContent;
import org.conferencehelp.live.PageSections;
import org.conferencehelp.live.ServerChanges;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.page.Language;
import org.jivesoftware.util.SystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's settings, as Openfire system properties (editable under Server Manager → System Properties), with
 * the defaults and bounds of {@link SiteSettings}. Loaded only when the plugin starts: Openfire removes them by the
 * plugin's name when it unloads, so a reload registers them afresh.
 */
final class PluginSettings {

    /** Must equal {@code <name>} in plugin.xml, or the properties outlive an unload and break the next load. */
    static final String PLUGIN_NAME = "Conference Help";

    static final SystemProperty<Integer> MAX_ROOMS = SystemProperty.Builder.ofType(Integer.class)
            .setKey("plugin.conferencehelp.directory.max-rooms")
            .setDefaultValue(SiteSettings.DEFAULT_MAX_ROOMS)
            .setMinValue(SiteSettings.MIN_MAX_ROOMS)
            .setMaxValue(SiteSettings.MAX_MAX_ROOMS)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    static final SystemProperty<Duration> DIRECTORY_REFRESH = SystemProperty.Builder.ofType(Duration.class)
            .setKey("plugin.conferencehelp.directory.refresh")
            .setDefaultValue(SiteSettings.DEFAULT_DIRECTORY_REFRESH)
            .setMinValue(SiteSettings.MIN_DIRECTORY_REFRESH)
            .setMaxValue(SiteSettings.MAX_DIRECTORY_REFRESH)
            .setChronoUnit(ChronoUnit.SECONDS)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    static final SystemProperty<Duration> HISTORY_RETENTION = SystemProperty.Builder.ofType(Duration.class)
            .setKey("plugin.conferencehelp.history.retention")
            .setDefaultValue(SiteSettings.DEFAULT_HISTORY_RETENTION)
            .setMinValue(SiteSettings.MIN_HISTORY_RETENTION)
            .setMaxValue(SiteSettings.MAX_HISTORY_RETENTION)
            .setChronoUnit(ChronoUnit.DAYS)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    /** Which sections the page shows, in {@link PageSections}' order. */
    static final List<SystemProperty<Boolean>> SECTIONS = Stream.of("room-directory", "room-pages", "federation",
            "certificates", "previous-certificates", "advanced").map(PluginSettings::section).toList();

    /** The administrator's welcome text and house rules, one property per language; unset when empty. */
    static final Map<Language, SystemProperty<String>> WELCOME = words("welcome");
    static final Map<Language, SystemProperty<String>> HOUSE_RULES = words("house-rules");

    /** The apps the rooms' pages recommend, in the format of the bundled list; unset: the plugin's own list. */
    static final SystemProperty<String> APPS = SystemProperty.Builder.ofType(String.class)
            .setKey("plugin.conferencehelp.apps")
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    private static final Logger LOG = LoggerFactory.getLogger(PluginSettings.class);
    /** The last list of apps warned about, so that one bad list is warned about once, not on every read. */
    private static final AtomicReference<String> WARNED_APPS = new AtomicReference<>();

    private PluginSettings() {
    }

    private static SystemProperty<Boolean> section(String name) {
        return SystemProperty.Builder.ofType(Boolean.class)
                .setKey("plugin.conferencehelp.section." + name)
                .setDefaultValue(true)
                .setDynamic(true)
                .setPlugin(PLUGIN_NAME)
                .build();
    }

    private static Map<Language, SystemProperty<String>> words(String name) {
        Map<Language, SystemProperty<String>> properties = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            properties.put(language, SystemProperty.Builder.ofType(String.class)
                    .setKey("plugin.conferencehelp.words." + name + "." + language.code())
                    .setDynamic(true)
                    .setPlugin(PLUGIN_NAME)
                    .build());
        }
        return properties;
    }

    static SiteSettings siteSettings() {
        return new SiteSettings(MAX_ROOMS::getValue, DIRECTORY_REFRESH::getValue, HISTORY_RETENTION::getValue,
                () -> new PageContent(sections(), words(), apps()));
    }

    static PageSections sections() {
        List<Boolean> shown = SECTIONS.stream().map(SystemProperty::getValue).toList();
        return new PageSections(shown.get(0), shown.get(1), shown.get(2), shown.get(3), shown.get(4), shown.get(5));
    }

    /** The administrator's apps if they are a list; else the plugin's own, with a warning in Openfire's log. */
    static ChatApps apps() {
        String configured = APPS.getValue();
        return ChatApps.orBundled(configured, problem -> {
            if (!configured.equals(WARNED_APPS.getAndSet(configured))) {
                LOG.warn("The list of apps in {} is not used, the one that comes with the plugin is: {}",
                        APPS.getKey(), problem);
            }
        });
    }

    static AdminWords words() {
        return new AdminWords(texts(WELCOME), texts(HOUSE_RULES));
    }

    private static Map<String, String> texts(Map<Language, SystemProperty<String>> properties) {
        Map<String, String> texts = new HashMap<>();
        properties.forEach((language, property) -> {
            String text = property.getValue();
            if (text != null && !text.isBlank()) {
                texts.put(language.code(), text);
            }
        });
        return texts;
    }

    /** The console's view of these properties: read and saved whole; each property's listener tells the site. */
    static ConsoleSettings consoleSettings() {
        return new ConsoleSettings() {
            @Override
            public ConsoleValues read() {
                return new ConsoleValues(MAX_ROOMS.getValue(), DIRECTORY_REFRESH.getValue(),
                        HISTORY_RETENTION.getValue(), sections(), words(),
                        APPS.getValue() == null ? "" : APPS.getValue());
            }

            @Override
            public void save(ConsoleValues values) {
                change(MAX_ROOMS, values.maxRooms());
                change(DIRECTORY_REFRESH, values.refresh());
                change(HISTORY_RETENTION, values.retention());
                List<Boolean> shown = List.of(values.sections().roomDirectory(), values.sections().roomPages(),
                        values.sections().federation(), values.sections().certificates(),
                        values.sections().previousCertificates(), values.sections().advanced());
                for (int i = 0; i < SECTIONS.size(); i++) {
                    change(SECTIONS.get(i), shown.get(i));
                }
                for (Language language : Language.values()) {
                    // An empty text removes the property (null deletes it), so the English one shows instead.
                    change(WELCOME.get(language), values.words().welcome().get(language.code()));
                    change(HOUSE_RULES.get(language), values.words().houseRules().get(language.code()));
                }
                change(APPS, values.apps().isEmpty() ? null : values.apps());
            }
        };
    }

    /** Writes only what changed: every write is a database update, a cluster message and an event. */
    private static <T> void change(SystemProperty<T> property, T value) {
        if (!Objects.equals(property.getValue(), value)) {
            property.setValue(value);
        }
    }

    /**
     * Tells the site of each setting's change, through that setting's own listener (Openfire calls it on every
     * cluster node, as the settings are shared). Returns what removes the listeners again.
     */
    static Runnable listen(ServerChanges site) {
        Consumer<Integer> maxRooms = rooms -> site.roomsChanged();
        Consumer<Duration> refresh = interval -> site.roomsChanged(); // the next wait already uses the new interval
        Consumer<Duration> retention = days -> site.historyRetentionChanged();
        Consumer<Boolean> section = shown -> site.pageContentChanged();
        Consumer<String> text = words -> site.pageContentChanged();
        MAX_ROOMS.addListener(maxRooms);
        DIRECTORY_REFRESH.addListener(refresh);
        HISTORY_RETENTION.addListener(retention);
        SECTIONS.forEach(property -> property.addListener(section));
        WELCOME.values().forEach(property -> property.addListener(text));
        HOUSE_RULES.values().forEach(property -> property.addListener(text));
        APPS.addListener(text);
        return () -> {
            MAX_ROOMS.removeListener(maxRooms);
            DIRECTORY_REFRESH.removeListener(refresh);
            HISTORY_RETENTION.removeListener(retention);
            SECTIONS.forEach(property -> property.removeListener(section));
            WELCOME.values().forEach(property -> property.removeListener(text));
            HOUSE_RULES.values().forEach(property -> property.removeListener(text));
            APPS.removeListener(text);
        };
    }
}
