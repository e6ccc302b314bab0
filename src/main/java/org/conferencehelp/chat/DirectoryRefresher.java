package org.conferencehelp.chat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a new directory snapshot in the background at a fixed interval, so that no request ever waits for the
 * server's rooms. A snapshot equal to the last one is not passed on (the cached pages stay valid).
 */
public final class DirectoryRefresher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryRefresher.class);

    private final ConferenceServiceSource source;
    private final IntSupplier roomLimit;
    private final Consumer<DirectorySnapshot> onChange;
    private final Runnable afterEachRefresh;
    private final Consumer<Collection<String>> announceChange;
    /**
     * A periodic refresh waits at least this many times as long as the last one took, so that with very many rooms
     * (a cluster's room cache deserialises every room on each read) the periodic check costs at most a twentieth of
     * one core; changes announced by events are still refreshed within {@link #COALESCE_MILLIS}.
     */
    static final int COST_RATIO = 20;
    /** How long a requested refresh waits for more changes of the same burst. */
    static final long COALESCE_MILLIS = 200;

    private final AtomicBoolean requested = new AtomicBoolean();
    /** Whether a requested refresh that finds a change announces it (the change was heard of here, not elsewhere). */
    private final AtomicBoolean announce = new AtomicBoolean();
    /** Whether the requested refresh reads every service, not only the rooms asked for. */
    private final AtomicBoolean wholeRequested = new AtomicBoolean();
    /** Rooms changed since the last requested refresh, by bare JID. */
    private final Set<String> roomsRequested = ConcurrentHashMap.newKeySet();
    /** The services as last read (whole, or with single rooms read again since); null before the first reading. */
    private List<ServiceListing> listings;
    private volatile long lastCostNanos;
    private ScheduledExecutorService scheduler;
    /** The scheduler's thread, so that closing can wait until it has ended, not only until its tasks have. */
    private volatile Thread worker;
    private DirectorySnapshot last;
    private boolean failing;

    /**
     * @param onChange         receives each snapshot that differs from the last
     * @param afterEachRefresh runs after every refresh: for other chores that come with time, not with events
     */
    public DirectoryRefresher(ConferenceServiceSource source, IntSupplier roomLimit,
                              Consumer<DirectorySnapshot> onChange, Runnable afterEachRefresh) {
        this(source, roomLimit, onChange, afterEachRefresh, rooms -> { });
    }

    /**
     * @param announceChange runs after a refresh asked for with {@code announce} found a change, with the rooms it
     *                       read again (none: every room): to tell the other nodes of a cluster, which hear no
     *                       event of it
     */
    public DirectoryRefresher(ConferenceServiceSource source, IntSupplier roomLimit,
                              Consumer<DirectorySnapshot> onChange, Runnable afterEachRefresh,
                              Consumer<Collection<String>> announceChange) {
        this.announceChange = announceChange;
        this.source = source;
        this.roomLimit = roomLimit;
        this.onChange = onChange;
        this.afterEachRefresh = afterEachRefresh;
    }

    /** Takes a snapshot now, on the calling thread, and passes it on if it changed. */
    public synchronized DirectorySnapshot refresh() {
        return refresh(null);
    }

    /**
     * Reads the given rooms again, or every service when {@code rooms} is null, when the source reads no single rooms,
     * or when a room is on a service not read before; passes the snapshot on if it changed.
     */
    private synchronized DirectorySnapshot refresh(Collection<String> rooms) {
        long start = System.nanoTime();
        DirectorySnapshot next;
        try {
            List<ServiceListing> patched = rooms == null || listings == null || !source.readsSingleRooms() ? null
                    : RoomUpdates.apply(listings, rooms, source);
            listings = patched != null ? patched : source.services();
            next = RoomDirectory.snapshot(listings, roomLimit.getAsInt());
            if (failing) {
                LOG.info("The conference services can be read again.");
                failing = false;
            }
        } catch (RuntimeException | LinkageError e) {
            if (!failing) { // log a broken state once, not once a refresh
                LOG.warn("Could not read the conference services; the page shows the last known ones.", e);
                failing = true;
            }
            next = last != null ? last : DirectorySnapshot.UNAVAILABLE;
        }
        lastCostNanos = System.nanoTime() - start;
        boolean changed = !next.equals(last);
        if (changed) {
            last = next;
            onChange.accept(next);
        }
        if (LOG.isDebugEnabled()) { // the benchmark reads these lines (bench/run.sh)
            LOG.debug("Directory refresh took {} µs ({}{}).", (System.nanoTime() - start) / 1000,
                    changed ? "changed" : "unchanged", rooms == null ? "" : ", " + rooms.size() + " room(s) asked for");
        }
        return next;
    }

    /**
     * Asks for a snapshot soon, for a change the server announced: on the refresher's own thread once it runs (the
     * caller may hold the server's locks, and many changes in a burst make one refresh), at once before.
     */
    public void requestRefresh() {
        requestRefresh(false);
    }

    /**
     * Like {@link #requestRefresh()}; with {@code announce}, a change the refresh finds is announced (see the
     * constructor), once the refresh has seen it: another node that looks then sees it too.
     */
    public void requestRefresh(boolean announce) {
        wholeRequested.set(true);
        request(announce);
    }

    /** Like {@link #requestRefresh(boolean)}, for a change in one room (its bare JID): only that room is read. */
    public void requestRoom(String roomJid, boolean announce) {
        roomsRequested.add(roomJid);
        request(announce);
    }

    private void request(boolean announce) {
        if (announce) {
            this.announce.set(true);
        }
        ScheduledExecutorService current;
        synchronized (this) {
            current = scheduler;
        }
        if (current == null) {
            refreshAndAnnounce();
            return;
        }
        if (requested.compareAndSet(false, true)) {
            try {
                current.schedule(() -> {
                    requested.set(false); // a change from here on asks for another refresh
                    try {
                        refreshAndAnnounce();
                        afterEachRefresh.run();
                    } catch (RuntimeException e) {
                        LOG.warn("The requested refresh failed; the periodic one runs anyway.", e);
                    }
                }, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                requested.set(false);
            }
        }
    }

    private void refreshAndAnnounce() {
        boolean announcing = announce.getAndSet(false);
        boolean whole = wholeRequested.getAndSet(false);
        List<String> rooms = new ArrayList<>(roomsRequested);
        roomsRequested.removeAll(rooms);
        DirectorySnapshot before;
        synchronized (this) {
            before = last;
        }
        DirectorySnapshot after = refresh(whole ? null : rooms);
        if (announcing && !after.equals(before)) {
            announceChange.accept(whole ? List.of() : rooms);
        }
    }

    /** How long the periodic refresh waits: the interval, or longer when the last refresh was costly. */
    static long nextDelayMillis(Duration interval, long lastCostNanos) {
        return Math.max(Math.max(1000, interval.toMillis()), TimeUnit.NANOSECONDS.toMillis(lastCostNanos) * COST_RATIO);
    }

    /** Refreshes at the given interval on a daemon thread of its own, starting one interval from now. */
    public synchronized void start(Supplier<Duration> interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "conferencehelp-directory");
            thread.setDaemon(true);
            worker = thread;
            return thread;
        });
        scheduleNext(interval);
    }

    // Re-reads the interval before each wait, so a changed setting applies without a restart.
    private void scheduleNext(Supplier<Duration> interval) {
        long millis = nextDelayMillis(interval.get(), lastCostNanos);
        ScheduledExecutorService current = scheduler;
        if (current == null || current.isShutdown()) {
            return;
        }
        current.schedule(() -> {
            try {
                runRefresh();
            } finally {
                synchronized (this) {
                    scheduleNext(interval);
                }
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    private void runRefresh() {
        try {
            refresh();
            afterEachRefresh.run();
        } catch (RuntimeException e) {
            LOG.warn("The background refresh failed; it runs again at the next interval.", e);
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = scheduler;
            scheduler = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
                Thread ending = worker;
                if (ending != null && ending != Thread.currentThread()) {
                    ending.join(5_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
