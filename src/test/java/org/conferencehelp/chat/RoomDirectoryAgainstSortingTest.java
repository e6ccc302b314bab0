package org.conferencehelp.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The directory keeps the busiest rooms in one pass and skips building a room that cannot make the page; it must
 * pick exactly what sorting every room and taking the first {@code limit} picks.
 */
class RoomDirectoryAgainstSortingTest {

    @Test
    void picksWhatSortingAllRoomsPicks() {
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

            List<Room> all = new ArrayList<>();
            for (RoomListing r : rooms) {
                if (r.publicRoom() && !r.locked()) {
                    String name = r.naturalLanguageName() == null || r.naturalLanguageName().isBlank() ? r.node()
                            : r.naturalLanguageName().strip();
                    all.add(new Room(r.node() + "@conference.example.org", name, "d", "s",
                            Math.max(0, r.occupants()), r.membersOnly(), r.passwordProtected()));
                }
            }
            all.sort(RoomDirectory.ORDER);
            assertEquals(all.subList(0, Math.min(all.size(), Math.max(0, limit))), picked.rooms(),
                    "round " + round);
            assertEquals(all.size(), picked.roomCount(), "round " + round);
        }
    }
}
