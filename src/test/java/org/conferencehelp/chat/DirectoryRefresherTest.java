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
}
