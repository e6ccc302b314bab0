package org.conferencehelp.openfire.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * How long the JSON view takes to show a change: polls it every 250 ms from the moment the change was made (the
 * call that made it has returned), prints the time, and holds it against the target of 5 s. It polls for up to 45 s,
 * longer than the plugin's background refresh of the room list (30 s by default), so that a change the page only
 * picks up with that refresh is measured too, rather than cut off.
 */
final class Freshness {

    static final Duration TARGET = Duration.ofSeconds(5);
    static final Duration BOUND = Duration.ofSeconds(45);
    /** Longer than one background refresh of the room list (30 s by default), for waits that are not measured. */
    static final Duration LONGER_THAN_A_REFRESH = Duration.ofSeconds(45);
    private static final Duration POLL = Duration.ofMillis(250);

    private final OpenfireServer server;
    private final HelpPages pages;

    Freshness(OpenfireServer server, HelpPages pages) {
        this.server = server;
        this.pages = pages;
    }

    /** Measures from now until the JSON view shows {@code change}; fails beyond the target. */
    Duration assertShownWithinTarget(String change, Predicate<JsonNode> shown) throws InterruptedException {
        Poll poll = poll(shown, BOUND);
        if (poll.after() == null) {
            RunLog.line(server.version(), "FRESHNESS | " + change + " | not shown within " + BOUND.toSeconds()
                    + " s | target " + TARGET.toSeconds() + " s | MISSED" + poll.lastError());
            fail(change + ": not shown within " + BOUND.toSeconds() + " s (target " + TARGET.toSeconds() + " s)"
                    + poll.lastError());
        }
        boolean met = poll.after().compareTo(TARGET) <= 0;
        RunLog.line(server.version(), "FRESHNESS | " + change + " | " + RunLog.seconds(poll.after()) + " | target "
                + TARGET.toSeconds() + " s | " + (met ? "met" : "MISSED"));
        assertTrue(met, change + ": shown after " + RunLog.seconds(poll.after()) + ", target "
                + TARGET.toSeconds() + " s");
        return poll.after();
    }

    /** Waits (not measured against the target) for what a check needs first; fails if it never comes. */
    void awaitPrecondition(String what, Predicate<JsonNode> shown) throws InterruptedException {
        Poll poll = poll(shown, LONGER_THAN_A_REFRESH);
        if (poll.after() == null) {
            fail("precondition: " + what + " not shown within " + LONGER_THAN_A_REFRESH.toSeconds() + " s"
                    + poll.lastError());
        }
        RunLog.line(server.version(), "precondition | " + what + " | " + RunLog.seconds(poll.after()));
    }

    /**
     * Watches the JSON view and fails the moment it shows {@code forbidden}. Watches until {@code refreshed} holds
     * (a change made after the forbidden one has shown, so the forbidden one had its chance) and 5 s more, or for
     * longer than a background refresh when that never comes.
     */
    void assertNeverShown(String what, Predicate<JsonNode> forbidden, Predicate<JsonNode> refreshed)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + LONGER_THAN_A_REFRESH.toNanos();
        long refreshedAt = 0;
        while (System.nanoTime() < deadline && (refreshedAt == 0 || System.nanoTime() - refreshedAt < TARGET.toNanos())) {
            JsonNode json = fetch();
            if (json != null) {
                if (forbidden.test(json)) {
                    Duration after = Duration.ofNanos(System.nanoTime() - start);
                    RunLog.line(server.version(), "NEVER SHOWN | " + what + " | shown after " + RunLog.seconds(after)
                            + " | FAILED");
                    fail(what + ": shown after " + RunLog.seconds(after));
                }
                if (refreshedAt == 0 && refreshed.test(json)) {
                    refreshedAt = System.nanoTime();
                }
            }
            Thread.sleep(POLL.toMillis());
        }
        RunLog.line(server.version(), "NEVER SHOWN | " + what + " | not shown in "
                + RunLog.seconds(Duration.ofNanos(System.nanoTime() - start)) + " of watching"
                + (refreshedAt == 0 ? " (the later change never showed)" : ", 5 s past a later change") + " | met");
    }

    private Poll poll(Predicate<JsonNode> shown, Duration bound) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        String lastError = "";
        while (System.nanoTime() < deadline) {
            try {
                if (shown.test(pages.json())) {
                    return new Poll(Duration.ofNanos(System.nanoTime() - start), "");
                }
            } catch (IOException e) {
                lastError = " (last error: " + e.getMessage() + ")";
            }
            Thread.sleep(POLL.toMillis());
        }
        return new Poll(null, lastError);
    }

    private JsonNode fetch() throws InterruptedException {
        try {
            return pages.json();
        } catch (IOException e) {
            return null;
        }
    }

    private record Poll(Duration after, String lastError) {
    }
}
