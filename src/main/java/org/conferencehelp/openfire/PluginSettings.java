package org.conferencehelp.openfire;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.conferencehelp.live.ServerChanges;
import org.conferencehelp.live.SiteSettings;
import org.jivesoftware.util.SystemProperty;

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
            .setChronoUnit(ChronoUnit.SECONDS)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    static final SystemProperty<Duration> HISTORY_RETENTION = SystemProperty.Builder.ofType(Duration.class)
            .setKey("plugin.conferencehelp.history.retention")
            .setDefaultValue(SiteSettings.DEFAULT_HISTORY_RETENTION)
            .setMinValue(SiteSettings.MIN_HISTORY_RETENTION)
            .setChronoUnit(ChronoUnit.DAYS)
            .setDynamic(true)
            .setPlugin(PLUGIN_NAME)
            .build();

    private PluginSettings() {
    }

    static SiteSettings siteSettings() {
        return new SiteSettings(MAX_ROOMS::getValue, DIRECTORY_REFRESH::getValue, HISTORY_RETENTION::getValue);
    }

    /**
     * Tells the site of each setting's change, through that setting's own listener (Openfire calls it on every
     * cluster node, as the settings are shared). Returns what removes the listeners again.
     */
    static Runnable listen(ServerChanges site) {
        Consumer<Integer> maxRooms = rooms -> site.roomsChanged();
        Consumer<Duration> refresh = interval -> site.roomsChanged(); // the next wait already uses the new interval
        Consumer<Duration> retention = days -> site.historyRetentionChanged();
        MAX_ROOMS.addListener(maxRooms);
        DIRECTORY_REFRESH.addListener(refresh);
        HISTORY_RETENTION.addListener(retention);
        return () -> {
            MAX_ROOMS.removeListener(maxRooms);
            DIRECTORY_REFRESH.removeListener(refresh);
            HISTORY_RETENTION.removeListener(retention);
        };
    }
}
