package org.conferencehelp.chat;

import java.util.List;

/**
 * A conference service the page lists, with the first of its discoverable rooms.
 *
 * @param rooms     the rooms shown, busiest first, at most the directory's limit
 * @param roomCount how many discoverable rooms the service has in all
 */
public record ConferenceService(String domain, String description, List<Room> rooms, int roomCount) {

    public ConferenceService {
        rooms = List.copyOf(rooms);
    }

    /** Discoverable rooms beyond those shown. */
    public int moreRooms() {
        return roomCount - rooms.size();
    }

    public String joinUri() {
        return XmppUri.service(domain);
    }
}
