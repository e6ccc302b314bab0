package org.conferencehelp.chat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A conference service the page lists, with the first of its discoverable rooms, and all of them by address for
 * the rooms' own pages.
 *
 * @param rooms        the rooms shown on the main page, busiest first, at most the directory's limit
 * @param roomCount    how many discoverable rooms the service has in all
 * @param available    false when its rooms could not be read just now
 * @param creation     who may create rooms on it
 * @param policy       the history it sends and the settings new rooms get
 * @param discoverable every discoverable room, by its local part in lower case
 */
public record ConferenceService(String domain, String description, List<Room> rooms, int roomCount,
                                boolean available, RoomCreation creation, ServicePolicy policy,
                                Map<String, Room> discoverable) {

    public ConferenceService {
        rooms = List.copyOf(rooms);
        discoverable = Map.copyOf(discoverable);
    }

    /** A service whose discoverable rooms are the ones shown, with Openfire's default policy. */
    public ConferenceService(String domain, String description, List<Room> rooms, int roomCount,
                             boolean available, RoomCreation creation) {
        this(domain, description, rooms, roomCount, available, creation, ServicePolicy.OPENFIRE_DEFAULTS,
                rooms.stream().collect(Collectors.toMap(room -> key(room.node()), Function.identity())));
    }

    /** A service whose rooms could be read, on which anyone may create rooms. */
    public ConferenceService(String domain, String description, List<Room> rooms, int roomCount) {
        this(domain, description, rooms, roomCount, true, RoomCreation.ANYONE);
    }

    /** Discoverable rooms beyond those shown. */
    public int moreRooms() {
        return roomCount - rooms.size();
    }

    public String joinUri() {
        return XmppUri.service(domain);
    }

    /** A discoverable room of this service by its local part, in any case. */
    public Optional<Room> room(String node) {
        return Optional.ofNullable(discoverable.get(key(node)));
    }

    /** Room local parts are case-insensitive (XMPP nodeprep); Openfire keeps them in lower case. */
    static String key(String node) {
        return node.toLowerCase(Locale.ROOT);
    }
}
