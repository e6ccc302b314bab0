package org.conferencehelp.admin;

import java.time.Duration;
import org.conferencehelp.live.AdminWords;
import org.conferencehelp.live.PageSections;

/**
 * Every setting the console page edits, as one value: read whole, validated whole, saved whole.
 *
 * @param refresh   whole seconds
 * @param retention whole days
 * @param apps      the apps the rooms' pages recommend, in the bundled list's format; empty: the plugin's own list
 */
public record ConsoleValues(int maxRooms, Duration refresh, Duration retention, PageSections sections,
                            AdminWords words, String apps) {

    /** With the plugin's own list of apps. */
    public ConsoleValues(int maxRooms, Duration refresh, Duration retention, PageSections sections,
                         AdminWords words) {
        this(maxRooms, refresh, retention, sections, words, "");
    }
}
