package org.conferencehelp.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Decides which services and rooms anyone may see, and in which order.
 *
 * <p>A service is shown when it is enabled and not hidden; a room when it is listed (public) and not locked.
 * Members-only and password-protected rooms are shown, with a badge: they are discoverable, only not open to all.
 * Rooms are sorted busiest first, then by name; only the first {@code limit} are listed on the main page, chosen in
 * one pass and without sorting them all, so that a service with 100,000 rooms costs little more than one with 100.
 * Every discoverable room is kept by address, for its own page.
 */
public final class RoomDirectory {

    /** Busiest first, then by name, then by address, so that the order never depends on the server's. */
    private static final Comparator<Room> ORDER = Comparator.comparingInt(Room::occupants).reversed()
            .thenComparing(room -> room.name().toLowerCase(Locale.ROOT))
            .thenComparing(Room::address);

    private RoomDirectory() {
    }

    public static DirectorySnapshot snapshot(List<ServiceListing> listings, int limit) {
        List<ConferenceService> services = new ArrayList<>();
        for (ServiceListing listing : listings) {
            if (listing.enabled() && !listing.hidden()) {
                services.add(service(listing, Math.max(0, limit)));
            }
        }
        services.sort(Comparator.comparing(ConferenceService::domain));
        return new DirectorySnapshot(services, true);
    }

    private static ConferenceService service(ServiceListing listing, int limit) {
        // Keeps the best `limit` rooms seen so far; its head is the worst of them.
        PriorityQueue<Room> best = new PriorityQueue<>(Math.max(1, limit + 1), ORDER.reversed());
        Map<String, Room> discoverable = new HashMap<>();
        for (RoomListing listed : listing.rooms()) {
            if (!listed.publicRoom() || listed.locked()) {
                continue;
            }
            Room room = room(listing.domain(), listed);
            discoverable.put(ConferenceService.key(listed.node()), room);
            if (limit == 0) {
                continue;
            }
            if (best.size() < limit) {
                best.add(room);
            } else if (ORDER.compare(room, best.peek()) < 0) {
                best.poll();
                best.add(room);
            }
        }
        List<Room> shown = new ArrayList<>(best);
        shown.sort(ORDER);
        return new ConferenceService(listing.domain(), blankToEmpty(listing.description()), shown,
                discoverable.size(), listing.readable(), listing.creation(), listing.policy(), discoverable);
    }

    private static Room room(String domain, RoomListing listed) {
        String name = isBlank(listed.naturalLanguageName()) ? listed.node() : listed.naturalLanguageName().strip();
        return new Room(listed.node() + "@" + domain, name, blankToEmpty(listed.description()),
                blankToEmpty(listed.subject()), Math.max(0, listed.occupants()), listed.membersOnly(),
                listed.passwordProtected(), listed.logged(), listed.nicknamesReserved(),
                Math.max(0, listed.maxOccupants()), listed.moderated(), listed.addressesVisible());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToEmpty(String s) {
        return isBlank(s) ? "" : s.strip();
    }
}
