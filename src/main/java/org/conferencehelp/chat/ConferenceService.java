package org.conferencehelp.chat;

import java.util.List;

/**
 * A conference service the page lists, with the first of its discoverable rooms.
 *
 * @param rooms     the rooms shown, busiest first, at most the directory's limit
 * @param roomCount how many discoverable rooms the service has in all
 * @param available false when its rooms could not be read just now
 * @param creation  who may create rooms on it
 */
public record ConferenceService(String domain, String description, List<Room> rooms, int roomCount,
                                boolean available, RoomCreation creation) {

    public ConferenceService {
        rooms = List.copyOf(rooms);
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
}
