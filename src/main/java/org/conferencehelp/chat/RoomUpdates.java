package org.conferencehelp.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The services as last read, with single rooms read again: what a change heard of in a few rooms costs, instead of
 * reading every room of every service.
 */
final class RoomUpdates {

    private RoomUpdates() {
    }

    /**
     * @param rooms bare room JIDs ({@code node@service})
     * @return the listings with those rooms as the source knows them now (a room gone is removed, a new one added
     *         last), or {@code null} when every service must be read again: a room of a service not read before
     */
    static List<ServiceListing> apply(List<ServiceListing> listings, Collection<String> rooms,
                                      ConferenceServiceSource source) {
        List<ServiceListing> updated = new ArrayList<>(listings);
        for (String jid : rooms) {
            int at = jid.indexOf('@');
            if (at <= 0) {
                return null;
            }
            String node = jid.substring(0, at);
            String domain = jid.substring(at + 1);
            int index = indexOf(updated, domain);
            if (index < 0) {
                return null;
            }
            ServiceListing service = updated.get(index);
            if (!service.readable()) {
                return null;
            }
            if (!service.enabled() || service.hidden()) {
                continue; // its rooms are never shown, so never read
            }
            Optional<RoomListing> now = source.room(domain, node);
            List<RoomListing> roomsNow = new ArrayList<>(service.rooms());
            int existing = -1;
            for (int i = 0; i < roomsNow.size(); i++) {
                if (roomsNow.get(i).node().equals(node)) {
                    existing = i;
                    break;
                }
            }
            if (existing >= 0 && now.isPresent()) {
                roomsNow.set(existing, now.get());
            } else if (existing >= 0) {
                roomsNow.remove(existing);
            } else if (now.isPresent()) {
                roomsNow.add(now.get());
            }
            updated.set(index, new ServiceListing(service.domain(), service.description(), service.enabled(),
                    service.hidden(), List.copyOf(roomsNow), true, service.creation(), service.policy()));
        }
        return updated;
    }

    private static int indexOf(List<ServiceListing> listings, String domain) {
        for (int i = 0; i < listings.size(); i++) {
            if (listings.get(i).domain().equals(domain)) {
                return i;
            }
        }
        return -1;
    }
}
