package org.conferencehelp.chat;

import java.util.List;

/** The server's multi-user chat services and their rooms: Openfire's MUC manager, demo data, or a test fixture. */
@FunctionalInterface
public interface ConferenceServiceSource {

    /** All services, including disabled and hidden ones: the directory decides what users see. */
    List<ServiceListing> services();

    /**
     * Whether {@link #room} reads one room: then a change heard of in a room costs one room's reading, not every
     * room's (with many rooms, and in a cluster where every read deserialises each room, a great difference).
     */
    default boolean readsSingleRooms() {
        return false;
    }

    /**
     * One room of a shown service as the server knows it now; empty when it is gone.
     *
     * @param serviceDomain the service address, e.g. {@code conference.example.org}
     * @param node          the room's name on it
     */
    default java.util.Optional<RoomListing> room(String serviceDomain, String node) {
        throw new UnsupportedOperationException("reads whole services only");
    }
}
