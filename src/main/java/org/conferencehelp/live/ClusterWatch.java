package org.conferencehelp.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the cluster again at every refresh interval, on a thread of its own, for what the cluster's events did
 * not tell in time. Openfire hands its listeners those events one after another, after its own handling of a join:
 * with 100,000 rooms that took over seven minutes, during which each node's page would have listed only its own
 * certificates. Not on the directory's thread: there one reading of so many rooms takes seconds.
 */
public final class ClusterWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWatch.class);
    /**
     * The longest wait between two checks, whatever the refresh setting: each check also beats this node's
     * heartbeat, by which the other nodes know it is there (see the Openfire adapter), and a check costs a few
     * reads of the clustered cache.
     */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(3);

    private final Runnable check;
    private final Supplier<Duration> interval;
    private ScheduledExecutorService scheduler;
    private boolean failing;

    /** @param interval read again before each wait, so that a changed setting applies without a restart */
    public ClusterWatch(Runnable check, Supplier<Duration> interval) {
        this.check = check;
        this.interval = interval;
    }

    /** The refresh interval, or {@link #LONGEST_WAIT} if that is shorter. */
    public static Duration atMostEvery(Duration refresh) {
        return refresh.compareTo(LONGEST_WAIT) < 0 ? refresh : LONGEST_WAIT;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "conferencehelp-cluster");
                thread.setDaemon(true);
                return thread;
            });
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.schedule(this::checkOnce, Math.max(1000, interval.get().toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // closed meanwhile
        }
    }

    private void checkOnce() {
        try {
            check.run();
            failing = false;
        } catch (RuntimeException | LinkageError e) {
            if (!failing) { // a broken state is logged once, not once a check
                LOG.warn("Could not look at the cluster; the next check tries again.", e);
                failing = true;
            }
        } finally {
            scheduleNext();
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
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
