package org.conferencehelp.openfire;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.conferencehelp.http.HelpSite;
import org.jivesoftware.util.SystemProperty;

/**
 * The plugin's settings, as Openfire system properties (editable under Server Manager → System Properties).
 * Loaded only when the plugin starts: Openfire removes them by the plugin's name when it unloads, so a reload
 * registers them afresh.
 */
final class PluginSettings {

    /** Must equal {@code <name>} in plugin.xml, or the properties outlive an unload and break the next load. */
    static final String PLUGIN_NAME = "Conference Help";

    static final SystemProperty<Integer> MAX_ROOMS = SystemProperty.Builder.ofType(Integer.class)
            .setKey("plugin.conferencehelp.directory.max-rooms")
            .setDefaultValue(50)
            .setMinValue(0)
            .setMaxValue(1000)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    static final SystemProperty<Duration> DIRECTORY_REFRESH = SystemProperty.Builder.ofType(Duration.class)
            .setKey("plugin.conferencehelp.directory.refresh")
            .setDefaultValue(Duration.ofSeconds(30))
            .setMinValue(Duration.ofSeconds(5))
            .setChronoUnit(ChronoUnit.SECONDS)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    static final SystemProperty<Duration> HISTORY_RETENTION = SystemProperty.Builder.ofType(Duration.class)
            .setKey("plugin.conferencehelp.history.retention")
            .setDefaultValue(Duration.ofDays(30))
            .setMinValue(Duration.ZERO)
            .setChronoUnit(ChronoUnit.DAYS)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    private PluginSettings() {
    }

    static HelpSite.Settings asSiteSettings() {
        return new HelpSite.Settings(MAX_ROOMS::getValue, DIRECTORY_REFRESH::getValue, HISTORY_RETENTION::getValue);
    }
}
