package org.conferencehelp.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which services and rooms {@link RoomDirectory#snapshot} lets anyone see, in which order, and how many. */
class RoomDirectoryTest {

    private static final String SERVICE = "conference.example.org";

    @Test
    void showsAPublicRoom() {
        assertEquals(List.of("lobby@" + SERVICE), addresses(snapshot(room("lobby", 1))));
    }

    @Test
    void hidesAnUnlistedRoom() {
        RoomListing unlisted = new RoomListing("admins", "Admins", "", "", 2, false, false, false, false);

        assertEquals(List.of(), addresses(snapshot(unlisted)));
    }

    @Test
    void hidesALockedRoom() {
        RoomListing locked = new RoomListing("new", "Being set up", "", "", 1, true, true, false, false);

        assertEquals(List.of(), addresses(snapshot(locked)));
    }

    @Test
    void doesNotCountHiddenRooms() {
        DirectorySnapshot snapshot = snapshot(room("lobby", 1),
                new RoomListing("admins", "Admins", "", "", 2, false, false, false, false),
                new RoomListing("new", "Being set up", "", "", 1, true, true, false, false));

        assertEquals(1, snapshot.services().get(0).roomCount());
    }

    @Test
    void showsAMembersOnlyRoomWithItsFlag() {
        RoomListing members = new RoomListing("members", "Members", "", "", 3, true, false, true, false);

        Room shown = snapshot(members).services().get(0).rooms().get(0);

        assertEquals(List.of(true, false), List.of(shown.membersOnly(), shown.passwordProtected()));
    }

    @Test
    void showsAPasswordProtectedRoomWithItsFlag() {
        RoomListing locked = new RoomListing("book-club", "Book club", "", "", 0, true, false, false, true);

        Room shown = snapshot(locked).services().get(0).rooms().get(0);

        assertEquals(List.of(false, true), List.of(shown.membersOnly(), shown.passwordProtected()));
    }

    @Test
    void showsAnOpenRoomWithoutFlags() {
        Room shown = snapshot(room("lobby", 1)).services().get(0).rooms().get(0);

        assertEquals(List.of(false, false), List.of(shown.membersOnly(), shown.passwordProtected()));
    }

    @Test
    void carriesTheRoomsWordsStripped() {
        RoomListing listed = new RoomListing("lobby", "  Lobby ", " Say hello. ", "\tWelcome!\n", 4, true, false,
                false, false);

        Room shown = snapshot(listed).services().get(0).rooms().get(0);

        assertEquals(new Room("lobby@" + SERVICE, "Lobby", "Say hello.", "Welcome!", 4, false, false), shown);
    }

    @Test
    void namesARoomWithABlankNameAfterItsNode() {
        RoomListing blank = new RoomListing("quiet-corner", "   ", "", "", 0, true, false, false, false);

        assertEquals("quiet-corner", snapshot(blank).services().get(0).rooms().get(0).name());
    }

    @Test
    void namesARoomWithoutANameAfterItsNode() {
        RoomListing unnamed = new RoomListing("quiet-corner", null, null, null, 0, true, false, false, false);

        assertEquals("quiet-corner", snapshot(unnamed).services().get(0).rooms().get(0).name());
    }

    @Test
    void hidesAHiddenService() {
        ServiceListing hidden = new ServiceListing("internal.example.org", "", true, true, List.of(room("secret", 1)));

        assertEquals(List.of(), RoomDirectory.snapshot(List.of(hidden), 50).services());
    }

    @Test
    void hidesADisabledService() {
        ServiceListing disabled = new ServiceListing("old.example.org", "", false, false, List.of(room("attic", 1)));

        assertEquals(List.of(), RoomDirectory.snapshot(List.of(disabled), 50).services());
    }

    @Test
    void showsAServiceWithoutRooms() {
        ServiceListing empty = new ServiceListing(SERVICE, "Public chatrooms", true, false, List.of());

        assertEquals(List.of(new ConferenceService(SERVICE, "Public chatrooms", List.of(), 0)),
                RoomDirectory.snapshot(List.of(empty), 50).services());
    }

    @Test
    void listsServicesByAddress() {
        DirectorySnapshot snapshot = RoomDirectory.snapshot(List.of(
                new ServiceListing("rooms.example.org", "", true, false, List.of()),
                new ServiceListing("chat.example.org", "", true, false, List.of())), 50);

        assertEquals(List.of("chat.example.org", "rooms.example.org"),
                snapshot.services().stream().map(ConferenceService::domain).toList());
    }

    @Test
    void snapshotOfTheServerIsAvailable() {
        assertTrue(snapshot(room("lobby", 1)).available());
    }

    @Test
    void sortsBusiestRoomsFirst() {
        DirectorySnapshot snapshot = snapshot(room("quiet", 1), room("busy", 40), room("empty", 0), room("some", 7));

        assertEquals(List.of("busy", "some", "quiet", "empty"), nodes(snapshot));
    }

    @Test
    void sortsEquallyBusyRoomsByNameIgnoringCase() {
        DirectorySnapshot snapshot = snapshot(named("c", "charlie", 2), named("b", "Bravo", 2),
                named("a", "alpha", 2), named("d", "Delta", 2));

        assertEquals(List.of("alpha", "Bravo", "charlie", "Delta"), names(snapshot));
    }

    @Test
    void keepsTheFiftyBusiestRoomsUnderALimitOfFifty() {
        List<RoomListing> rooms = new ArrayList<>();
        IntStream.range(0, 120).forEach(i -> rooms.add(room("room-" + i, i)));
        Collections.shuffle(rooms, new Random(5222));

        DirectorySnapshot snapshot = snapshot(50, rooms);

        assertEquals(IntStream.iterate(119, i -> i - 1).limit(50).boxed().toList(),
                snapshot.services().get(0).rooms().stream().map(Room::occupants).toList());
    }

    @Test
    void countsTheRoomsBeyondTheLimit() {
        List<RoomListing> rooms = new ArrayList<>();
        IntStream.range(0, 120).forEach(i -> rooms.add(room("room-" + i, i % 9)));

        ConferenceService service = snapshot(50, rooms).services().get(0);

        assertEquals(List.of(120, 50, 70), List.of(service.roomCount(), service.rooms().size(), service.moreRooms()));
    }

    @Test
    void limitKeepsTheFirstByNameAmongEquallyBusyRooms() {
        List<RoomListing> rooms = new ArrayList<>();
        for (String node : List.of("e", "b", "d", "a", "c")) {
            rooms.add(room(node, 3));
        }

        assertEquals(List.of("a", "b", "c"), nodes(snapshot(3, rooms)));
    }

    @Test
    void limitOfZeroShowsNoRoomButCountsThemAll() {
        ConferenceService service = snapshot(0, List.of(room("a", 1), room("b", 2))).services().get(0);

        assertEquals(List.of(0, 2, 2), List.of(service.rooms().size(), service.roomCount(), service.moreRooms()));
    }

    @Test
    void negativeLimitShowsNoRoom() {
        ConferenceService service = snapshot(-1, List.of(room("a", 1))).services().get(0);

        assertEquals(List.of(0, 1), List.of(service.rooms().size(), service.roomCount()));
    }

    @Test
    void limitAboveTheNumberOfRoomsShowsThemAll() {
        ConferenceService service = snapshot(50, List.of(room("a", 1), room("b", 2))).services().get(0);

        assertEquals(List.of(2, 0), List.of(service.rooms().size(), service.moreRooms()));
    }

    private static RoomListing room(String node, int occupants) {
        return named(node, node, occupants);
    }

    private static RoomListing named(String node, String name, int occupants) {
        return new RoomListing(node, name, "", "", occupants, true, false, false, false);
    }

    private static DirectorySnapshot snapshot(RoomListing... rooms) {
        return snapshot(50, List.of(rooms));
    }

    private static DirectorySnapshot snapshot(int limit, List<RoomListing> rooms) {
        return RoomDirectory.snapshot(List.of(new ServiceListing(SERVICE, "Public chatrooms", true, false, rooms)),
                limit);
    }

    private static List<String> addresses(DirectorySnapshot snapshot) {
        return snapshot.services().stream().flatMap(s -> s.rooms().stream()).map(Room::address).toList();
    }

    private static List<String> nodes(DirectorySnapshot snapshot) {
        return addresses(snapshot).stream().map(a -> a.substring(0, a.indexOf('@'))).toList();
    }

    private static List<String> names(DirectorySnapshot snapshot) {
        return snapshot.services().get(0).rooms().stream().map(Room::name).toList();
    }
}
