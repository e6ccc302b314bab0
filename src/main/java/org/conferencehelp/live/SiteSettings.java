package org.conferencehelp.live;

import java.time.Duration;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The operator's settings for the help site, read each time they matter so that a change applies without a
 * restart. Their defaults and bounds are written here once; Openfire's system properties and the admin console's
 * form are built from them.
 *
 * @param content which sections the page shows and the administrator's own words on it
 */
public record SiteSettings(IntSupplier maxRoomsPerService, Supplier<Duration> directoryRefresh,
                           Supplier<Duration> historyRetention, Supplier<PageContent> content) {

    public static final int DEFAULT_MAX_ROOMS = 50;
    public static final int MIN_MAX_ROOMS = 0;
    public static final int MAX_MAX_ROOMS = 1000;
    /**
     * Room events refresh the directory at once; this interval bounds how late a change without an event (a room
     * configured in the admin console, say) shows. A refresh at 100,000 rooms costs a few milliseconds
     * (bench/RESULTS.md).
     */
    public static final Duration DEFAULT_DIRECTORY_REFRESH = Duration.ofSeconds(3);
    public static final Duration MIN_DIRECTORY_REFRESH = Duration.ofSeconds(1);
    /** Longer would leave a change without an event off the page for longer than anyone waits for it. */
    public static final Duration MAX_DIRECTORY_REFRESH = Duration.ofHours(1);
    public static final Duration DEFAULT_HISTORY_RETENTION = Duration.ofDays(30);
    public static final Duration MIN_HISTORY_RETENTION = Duration.ZERO;
    public static final Duration MAX_HISTORY_RETENTION = Duration.ofDays(3650);
    /** Per text and language; Openfire keeps a property's value in a VARCHAR(4000). */
    public static final int MAX_WORDS_LENGTH = 2000;

    public static SiteSettings defaults() {
        return new SiteSettings(() -> DEFAULT_MAX_ROOMS, () -> DEFAULT_DIRECTORY_REFRESH,
                () -> DEFAULT_HISTORY_RETENTION, () -> PageContent.DEFAULT);
    }

    /** These settings with the page's content from elsewhere. */
    public SiteSettings withContent(Supplier<PageContent> changed) {
        return new SiteSettings(maxRoomsPerService, directoryRefresh, historyRetention, changed);
    }

    /** These settings with another directory refresh interval. */
    public SiteSettings withDirectoryRefresh(Duration interval) {
        return new SiteSettings(maxRoomsPerService, () -> interval, historyRetention, content);
    }
}
