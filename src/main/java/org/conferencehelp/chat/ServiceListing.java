package org.conferencehelp.chat;

import java.util.List;

/**
 * One multi-user chat service as the server knows it, before the directory filters it.
 *
 * @param domain   the service address, e.g. {@code conference.example.org}
 * @param rooms    its rooms as currently listed by the server; never {@code null}
 * @param readable false when the service could not be read just now: the page says so instead of listing rooms
 * @param creation who may create rooms on it
 * @param policy   the history it sends and the settings new rooms get
 */
public record ServiceListing(String domain, String description, boolean enabled, boolean hidden,
                             List<RoomListing> rooms, boolean readable, RoomCreation creation, ServicePolicy policy) {

    /** With Openfire's default policy. */
    public ServiceListing(String domain, String description, boolean enabled, boolean hidden,
                          List<RoomListing> rooms, boolean readable, RoomCreation creation) {
        this(domain, description, enabled, hidden, rooms, readable, creation, ServicePolicy.OPENFIRE_DEFAULTS);
    }

    /** A readable service on which anyone may create rooms. */
    public ServiceListing(String domain, String description, boolean enabled, boolean hidden,
                          List<RoomListing> rooms) {
        this(domain, description, enabled, hidden, rooms, true, RoomCreation.ANYONE);
    }

    /** A visible service whose rooms could not be read. */
    public static ServiceListing unreadable(String domain, String description) {
        return new ServiceListing(domain, description, true, false, List.of(), false, RoomCreation.ANYONE);
    }
}
