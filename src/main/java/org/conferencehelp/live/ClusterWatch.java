package org.conferencehelp.live;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the cluster again every few seconds (the refresh interval, at most {@link #LONGEST_WAIT}), on a thread
 * of its own, for what the cluster's events did not tell in time. Openfire hands its listeners those events one after another, after its own handling of a join:
 * with 100,000 rooms that took 24 minutes and more, during which each node's page would have listed only its own
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
    private Thread thread;
    /** Set on closing: a check interrupted inside Openfire or Hazelcast may swallow the interrupt. */
    private volatile boolean closed;
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
        if (thread == null) {
            thread = new Thread(this::checkUntilClosed, "conferencehelp-cluster");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void checkUntilClosed() {
        try {
            while (!closed) {
                Thread.sleep(Math.max(1000, interval.get().toMillis()));
                checkOnce();
            }
        } catch (InterruptedException closing) {
            // close() ends the wait
        }
    }

    private void checkOnce() {
        try {
            check.run();
            failing = false;
        } catch (RuntimeException | LinkageError e) {
            if (!failing && !closed) { // a broken state is logged once, not once a check
                LOG.warn("Could not look at the cluster; the next check tries again.", e);
                failing = true;
            }
        }
    }

    /** Stops checking, and waits (a few seconds at most) until the thread has ended. */
    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            stopping = thread;
            thread = null;
            closed = true;
        }
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
