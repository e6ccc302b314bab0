package org.conferencehelp.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The background refresher passes on each changed snapshot once, and rides out a source that fails. */
class DirectoryRefresherTest {

    private static final List<ServiceListing> ONE_ROOM = List.of(new ServiceListing("conference.example.org", "",
            true, false, List.of(new RoomListing("lobby", "Lobby", "", "", 3, true, false, false, false))));
    private static final List<ServiceListing> TWO_ROOMS = List.of(new ServiceListing("conference.example.org", "",
            true, false, List.of(new RoomListing("lobby", "Lobby", "", "", 3, true, false, false, false),
                    new RoomListing("support", "Support", "", "", 1, true, false, false, false))));

    /** What the source answers next: services, or a failure to throw. */
    private final AtomicReference<Object> next = new AtomicReference<>(ONE_ROOM);
    private final List<DirectorySnapshot> passedOn = new ArrayList<>();
    private final DirectoryRefresher refresher = new DirectoryRefresher(this::services, () -> 50, passedOn::add,
            () -> { });

    @SuppressWarnings("unchecked")
    private List<ServiceListing> services() {
        if (next.get() instanceof RuntimeException failure) {
            throw failure;
        }
        return (List<ServiceListing>) next.get();
    }

    @Test
    void passesOnTheFirstSnapshot() {
        DirectorySnapshot first = refresher.refresh();

        assertEquals(List.of(first), passedOn);
    }

    @Test
    void snapshotIsTheDirectorysView() {
        assertEquals(RoomDirectory.snapshot(ONE_ROOM, 50), refresher.refresh());
    }

    @Test
    void doesNotPassOnAnUnchangedSnapshotTwice() {
        refresher.refresh();
        refresher.refresh();

        assertEquals(1, passedOn.size());
    }

    @Test
    void passesOnAChangedSnapshot() {
        refresher.refresh();
        next.set(TWO_ROOMS);

        DirectorySnapshot changed = refresher.refresh();

        assertEquals(List.of(RoomDirectory.snapshot(ONE_ROOM, 50), changed), passedOn);
    }

    @Test
    void keepsTheLastSnapshotWhenTheSourceFails() {
        DirectorySnapshot last = refresher.refresh();
        next.set(new IllegalStateException("MUC service is restarting"));

        assertSame(last, refresher.refresh());
    }

    @Test
    void doesNotPassOnAnythingWhenTheSourceFailsAfterASnapshot() {
        refresher.refresh();
        next.set(new IllegalStateException("MUC service is restarting"));

        refresher.refresh();

        assertEquals(1, passedOn.size());
    }

    @Test
    void isUnavailableWhenTheSourceFailsBeforeAnySnapshot() {
        next.set(new IllegalStateException("MUC service not started"));

        assertSame(DirectorySnapshot.UNAVAILABLE, refresher.refresh());
    }

    @Test
    void passesOnUnavailableOnceWhileTheSourceKeepsFailing() {
        next.set(new IllegalStateException("MUC service not started"));

        refresher.refresh();
        refresher.refresh();

        assertEquals(List.of(DirectorySnapshot.UNAVAILABLE), passedOn);
    }

    @Test
    void passesOnTheNextSnapshotWhenTheSourceRecovers() {
        next.set(new IllegalStateException("MUC service not started"));
        refresher.refresh();
        next.set(ONE_ROOM);

        refresher.refresh();

        assertEquals(List.of(DirectorySnapshot.UNAVAILABLE, RoomDirectory.snapshot(ONE_ROOM, 50)), passedOn);
    }

    @Test
    void readsTheRoomLimitAtEachRefresh() {
        int[] limit = {50};
        DirectoryRefresher refresher = new DirectoryRefresher(() -> TWO_ROOMS, () -> limit[0], passedOn::add,
                () -> { });
        refresher.refresh();
        limit[0] = 1;

        assertEquals(1, refresher.refresh().services().get(0).rooms().size());
    }

    @Test
    void aRequestBeforeTheRefresherRunsRefreshesAtOnce() {
        refresher.requestRefresh();

        assertEquals(List.of(RoomDirectory.snapshot(ONE_ROOM, 50)), passedOn);
    }

    @Test
    void aBurstOfRequestsWhileItRunsMakesOneRefreshOnItsOwnThreadSoon() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        List<String> threads = new CopyOnWriteArrayList<>();
        DirectoryRefresher running = new DirectoryRefresher(() -> {
            reads.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            return ONE_ROOM;
        }, () -> 50, snapshot -> { }, () -> { });
        running.start(() -> Duration.ofHours(1)); // no periodic refresh during the test
        try {
            for (int i = 0; i < 100; i++) {
                running.requestRefresh();
            }
            assertEquals(0, reads.get(), "not on the caller's thread");
            for (int i = 0; i < 50 && reads.get() == 0; i++) {
                Thread.sleep(20);
            }
            Thread.sleep(3 * DirectoryRefresher.COALESCE_MILLIS);

            assertEquals(1, reads.get(), "one refresh for the burst");
            assertEquals(List.of("conferencehelp-directory"), threads);

            running.requestRefresh();
            for (int i = 0; i < 50 && reads.get() == 1; i++) {
                Thread.sleep(20);
            }
            assertEquals(2, reads.get(), "a later change is another refresh");
        } finally {
            running.close();
        }
    }

    @Test
    void aChangedRoomIsReadAloneNotEveryService() {
        SingleRooms source = new SingleRooms();
        List<DirectorySnapshot> seen = new ArrayList<>();
        DirectoryRefresher rooms = new DirectoryRefresher(source, () -> 50, seen::add, () -> { });
        rooms.refresh();
        source.rooms.put("support", new RoomListing("support", "Support", "", "", 1, true, false, false, false));

        rooms.requestRoom("support@conference.example.org", false); // not started: at once, on this thread

        assertEquals(1, source.wholeReadings.get(), "the services were read once, at first");
        assertEquals(List.of("support"), source.roomsRead);
        assertEquals(RoomDirectory.snapshot(TWO_ROOMS, 50), seen.get(seen.size() - 1));
    }

    @Test
    void aRoomReadAloneKeepsWhatItsServiceDoesWithEveryRoom() {
        SingleRooms source = new SingleRooms();
        source.policy = new ServicePolicy(ServicePolicy.History.none(),
                new ServicePolicy.RoomDefaults(false, true, true, true, false, 5));
        List<DirectorySnapshot> seen = new ArrayList<>();
        DirectoryRefresher rooms = new DirectoryRefresher(source, () -> 50, seen::add, () -> { });
        rooms.refresh();
        source.rooms.put("support", new RoomListing("support", "Support", "", "", 1, true, false, false, false));

        rooms.requestRoom("support@conference.example.org", false);

        assertEquals(List.of("support"), source.roomsRead);
        assertEquals(source.policy, seen.get(seen.size() - 1).services().get(0).policy());
    }

    @Test
    void aRoomGoneIsDroppedAndOneOnAServiceNotReadBeforeReadsEverything() {
        SingleRooms source = new SingleRooms();
        List<DirectorySnapshot> seen = new ArrayList<>();
        DirectoryRefresher rooms = new DirectoryRefresher(source, () -> 50, seen::add, () -> { });
        rooms.refresh();
        source.rooms.remove("lobby");

        rooms.requestRoom("lobby@conference.example.org", false);
        assertEquals(0, seen.get(seen.size() - 1).services().get(0).rooms().size());
        assertEquals(1, source.wholeReadings.get());
        rooms.requestRoom("lobby@elsewhere.example.org", false);
        assertEquals(2, source.wholeReadings.get());
    }

    @Test
    void aChangeHeardOfHereIsAnnouncedWithItsRoomsOnceFound() {
        SingleRooms source = new SingleRooms();
        List<java.util.Collection<String>> announced = new ArrayList<>();
        DirectoryRefresher rooms = new DirectoryRefresher(source, () -> 50, snapshot -> { }, () -> { },
                announced::add);
        rooms.refresh();

        rooms.requestRoom("lobby@conference.example.org", true);
        assertEquals(List.of(), announced, "nothing changed in the room: nothing to announce");
        source.rooms.remove("lobby");
        rooms.requestRoom("lobby@conference.example.org", false);
        assertEquals(List.of(), announced, "heard of elsewhere: not announced again");
        source.rooms.put("lobby", new RoomListing("lobby", "Lobby", "", "", 3, true, false, false, false));
        rooms.requestRoom("lobby@conference.example.org", true);
        assertEquals(List.of(List.of("lobby@conference.example.org")), announced);
    }

    @Test
    void thePeriodicRefreshWaitsTwentyTimesAsLongAsTheLastOneTookWhenThatIsLongerThanTheInterval() {
        assertEquals(3_000, DirectoryRefresher.nextDelayMillis(Duration.ofSeconds(3), 100_000_000L)); // 0.1 s
        assertEquals(60_000, DirectoryRefresher.nextDelayMillis(Duration.ofSeconds(3), 3_000_000_000L)); // 3 s
        assertEquals(1_000, DirectoryRefresher.nextDelayMillis(Duration.ZERO, 0));
    }

    /** A source that reads single rooms, and counts what it reads. */
    private static final class SingleRooms implements ConferenceServiceSource {
        final java.util.Map<String, RoomListing> rooms = new java.util.concurrent.ConcurrentSkipListMap<>(
                java.util.Map.of("lobby", new RoomListing("lobby", "Lobby", "", "", 3, true, false, false, false)));
        final AtomicInteger wholeReadings = new AtomicInteger();
        final List<String> roomsRead = new CopyOnWriteArrayList<>();
        ServicePolicy policy = ServicePolicy.OPENFIRE_DEFAULTS;

        @Override
        public List<ServiceListing> services() {
            wholeReadings.incrementAndGet();
            return List.of(new ServiceListing("conference.example.org", "", true, false, List.copyOf(rooms.values()),
                    true, RoomCreation.ANYONE, policy));
        }

        @Override
        public boolean readsSingleRooms() {
            return true;
        }

        @Override
        public java.util.Optional<RoomListing> room(String serviceDomain, String node) {
            roomsRead.add(node);
            return java.util.Optional.ofNullable(rooms.get(node));
        }
    }
}
