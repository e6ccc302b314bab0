package org.conferencehelp.chat;

import java.util.List;

/**
 * One multi-user chat service as the server knows it, before the directory filters it.
 *
 * @param domain the service address, e.g. {@code conference.example.org}
 * @param rooms  its rooms as currently loaded; never {@code null}
 */
public record ServiceListing(String domain, String description, boolean enabled, boolean hidden,
                             List<RoomListing> rooms) {
}
