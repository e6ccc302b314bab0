package org.conferencehelp.tls;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the certificates the server presented, so that for a while after one is replaced its fingerprints stay
 * on the page as "previous": a user whose client warned about a new certificate can see that the change was planned.
 *
 * <p>Updated only when the identity stores change (never on a request), persisted through a {@link HistoryStorage}
 * so it survives restarts, and bounded: entries older than the retention and any beyond {@link #MAX_PREVIOUS} go.
 */
public final class FingerprintHistory {

    public static final int MAX_PREVIOUS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(FingerprintHistory.class);

    private final HistoryStorage storage;
    private final Clock clock;
    private final Supplier<Duration> retention;
    /** Certificates on the page now, by SHA-256, with when they were first seen. */
    private final Map<String, CertificateUse> current = new LinkedHashMap<>();
    private final List<CertificateUse> previous = new ArrayList<>();
    private boolean loaded;

    public FingerprintHistory(HistoryStorage storage, Clock clock, Supplier<Duration> retention) {
        this.storage = storage;
        this.clock = clock;
        this.retention = retention;
    }

    /** Records the certificates presented now and returns the previous ones still worth showing. */
    public synchronized List<CertificateUse> update(List<CertificateFacts> presented) {
        boolean firstEverLook = !load();
        Instant now = clock.instant();
        Map<String, CertificateUse> seen = new LinkedHashMap<>();
        for (CertificateFacts facts : presented) {
            String sha256 = facts.fingerprints().sha256();
            CertificateUse known = current.get(sha256);
            // On the very first look we cannot know since when a certificate was in use: notBefore is the best guess.
            Instant since = known != null ? known.inUseFrom() : firstEverLook ? facts.notBefore() : now;
            seen.put(sha256, new CertificateUse(facts.fingerprints().sha1(), sha256, facts.names(), since, null));
        }
        boolean changed = !seen.keySet().equals(current.keySet());
        for (CertificateUse gone : current.values()) {
            if (!seen.containsKey(gone.sha256())) {
                previous.add(0, gone.endedAt(now));
            }
        }
        previous.removeIf(p -> seen.containsKey(p.sha256())); // a certificate put back is current again
        current.clear();
        current.putAll(seen);
        changed |= prune(now);
        if (changed || firstEverLook) {
            persist();
        }
        return List.copyOf(previous);
    }

    /** Forgets what it holds, so that the next use reads the storage again (another node saved it). */
    public synchronized void reload() {
        loaded = false;
        current.clear();
        previous.clear();
    }

    /** The previous certificates still within the retention, newest replacement first. */
    public synchronized List<CertificateUse> previous() {
        load();
        prune(clock.instant());
        return List.copyOf(previous);
    }

    private boolean prune(Instant now) {
        Instant cutoff = now.minus(retention.get());
        int before = previous.size();
        previous.removeIf(p -> p.inUseUntil().isBefore(cutoff));
        previous.sort(Comparator.comparing(CertificateUse::inUseUntil).reversed());
        while (previous.size() > MAX_PREVIOUS) {
            previous.remove(previous.size() - 1);
        }
        return previous.size() != before;
    }

    /** Loads the saved state once; returns whether there was any. */
    private boolean load() {
        if (loaded) {
            return !current.isEmpty() || !previous.isEmpty();
        }
        loaded = true;
        try {
            for (String line : storage.load().split("\n")) {
                parse(line);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the fingerprint history; starting a new one.", e);
        }
        return !current.isEmpty() || !previous.isEmpty();
    }

    // One certificate a line: kind, sha256, sha1, from (epoch second), until (epoch second or -), names.
    private void parse(String line) {
        String[] f = line.split("\t", -1); // -1 keeps an empty last field: a certificate without names
        if (f.length != 6 || !(f[0].equals("current") || f[0].equals("previous"))) {
            return;
        }
        try {
            Instant from = Instant.ofEpochSecond(Long.parseLong(f[3]));
            Instant until = f[4].equals("-") ? null : Instant.ofEpochSecond(Long.parseLong(f[4]));
            List<String> names = f[5].isEmpty() ? List.of() : Arrays.asList(f[5].split(","));
            CertificateUse entry = new CertificateUse(f[2], f[1], names, from, until);
            if (f[0].equals("current")) {
                current.put(f[1], entry);
            } else if (until != null) {
                previous.add(entry);
            }
        } catch (NumberFormatException ignored) {
            // A damaged line is dropped; the rest of the history still counts.
        }
    }

    private void persist() {
        StringBuilder text = new StringBuilder();
        current.values().forEach(c -> line(text, "current", c));
        previous.forEach(p -> line(text, "previous", p));
        try {
            storage.save(text.toString());
        } catch (IOException e) {
            LOG.warn("Could not save the fingerprint history; it will not survive a restart.", e);
        }
    }

    private static void line(StringBuilder text, String kind, CertificateUse c) {
        text.append(kind).append('\t').append(c.sha256()).append('\t').append(c.sha1()).append('\t')
                .append(c.inUseFrom().getEpochSecond()).append('\t')
                .append(c.inUseUntil() == null ? "-" : String.valueOf(c.inUseUntil().getEpochSecond())).append('\t')
                .append(String.join(",", c.names())).append('\n');
    }
}
