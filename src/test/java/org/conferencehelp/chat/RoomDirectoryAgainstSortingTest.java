package org.conferencehelp.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The directory keeps the busiest rooms in one pass and skips building a room that cannot make the page; it must
 * pick exactly the rooms, in the order, that the rule "busiest first, then by name ignoring case, then by address"
 * gives. The expected list is made here another way: by picking the best remaining room again and again.
 */
class RoomDirectoryAgainstSortingTest {

    @Test
    void picksWhatTheOrderingRulePicks() {
        Random random = new Random(1045);
        String[] names = {"Lobby", "lobby", " Lobby ", "", "  ", null, "Ärger", "zebra", "Alpha", "alpha"};
        for (int round = 0; round < 2_000; round++) {
            int count = random.nextInt(120);
            int limit = random.nextInt(8) == 0 ? random.nextInt(3) - 1 : random.nextInt(60);
            List<RoomListing> rooms = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // Nodes are unique in a service, as in MUC: rooms tied on every key of the order cannot occur.
                rooms.add(new RoomListing("room" + i, names[random.nextInt(names.length)], "d", "s",
                        random.nextInt(9) - 2, random.nextInt(6) != 0, random.nextInt(8) == 0,
                        random.nextBoolean(), random.nextBoolean()));
            }
            ServiceListing service = new ServiceListing("conference.example.org", "x", true, false, rooms);

            ConferenceService picked = RoomDirectory.snapshot(List.of(service), limit).services().get(0);

            List<Room> discoverable = new ArrayList<>();
            for (RoomListing r : rooms) {
                if (r.publicRoom() && !r.locked()) {
                    String name = r.naturalLanguageName() == null || r.naturalLanguageName().isBlank() ? r.node()
                            : r.naturalLanguageName().strip();
                    discoverable.add(new Room(r.node() + "@conference.example.org", name, "d", "s",
                            Math.max(0, r.occupants()), r.membersOnly(), r.passwordProtected()));
                }
            }
            assertEquals(bestFirst(discoverable, Math.max(0, limit)), picked.rooms(), "round " + round);
            assertEquals(discoverable.size(), picked.roomCount(), "round " + round);
        }
    }

    /** The first {@code limit} rooms by the rule, by selection: no comparator of the code under test. */
    private static List<Room> bestFirst(List<Room> rooms, int limit) {
        List<Room> left = new ArrayList<>(rooms);
        List<Room> chosen = new ArrayList<>();
        while (chosen.size() < limit && !left.isEmpty()) {
            Room best = left.get(0);
            for (Room room : left) {
                if (better(room, best)) {
                    best = room;
                }
            }
            left.remove(best);
            chosen.add(best);
        }
        return chosen;
    }

    private static boolean better(Room a, Room b) {
        if (a.occupants() != b.occupants()) {
            return a.occupants() > b.occupants();
        }
        String nameA = a.name().toLowerCase(Locale.ROOT);
        String nameB = b.name().toLowerCase(Locale.ROOT);
        if (!nameA.equals(nameB)) {
            return nameA.compareTo(nameB) < 0;
        }
        return a.address().compareTo(b.address()) < 0;
    }
}
