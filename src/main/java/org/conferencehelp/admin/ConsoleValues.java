package org.conferencehelp.admin;

import java.time.Duration;
import org.conferencehelp.live.AdminWords;
import org.conferencehelp.live.PageSections;

/**
 * Every setting the console page edits, as one value: read whole, validated whole, saved whole.
 *
 * @param refresh   whole seconds
 * @param retention whole days
 */
public record ConsoleValues(int maxRooms, Duration refresh, Duration retention, PageSections sections,
                            AdminWords words) {
}
