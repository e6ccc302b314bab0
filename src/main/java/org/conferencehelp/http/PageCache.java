package org.conferencehelp.http;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.live.LiveServerFacts;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.page.Language;
import org.conferencehelp.page.SitePaths;
import org.conferencehelp.tls.CertificateCoverage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rendered variants, each rendered once per version of the server facts: a request for an unchanged page costs
 * a map look-up. A variant that fails to render is tried (and logged) once a version, not once a request.
 */
public final class PageCache {

    private static final Logger LOG = LoggerFactory.getLogger(PageCache.class);
    static final String PEM = "application/x-pem-file";

    /**
     * Room pages kept per version of the facts, the most recently asked for: a server with 100,000 rooms has 3.5
     * million possible room pages (languages times platforms), made only when asked for (bench/RESULTS.md).
     */
    static final int MAX_ROOM_PAGES = 500;

    /**
     * The renderings of one version of the facts; replaced whole when the version moves on.
     *
     * @param certificates the certificate files asked for, by file name: only those the page lists, so requests for
     *                     other names cannot grow it
     * @param rooms        the room pages asked for lately, at most {@link #MAX_ROOM_PAGES}, only of listed rooms
     */
    private record Generation(long version, Map<Variant, Optional<Representation>> renderings,
                              Map<String, Representation> certificates, Map<RoomPage, Optional<Representation>> rooms) {
    }

    /** One room's page in one language, with the apps of one platform first. */
    private record RoomPage(String address, Language language, ChatApps.Platform platform) {
    }

    private final LiveServerFacts facts;
    private final Variants variants;
    private volatile Generation generation = new Generation(-1, Map.of(), Map.of(), Map.of());

    public PageCache(LiveServerFacts facts, Variants variants) {
        this.facts = facts;
        this.variants = variants;
    }

    Variants variants() {
        return variants;
    }

    /** The variant rendered from the current facts, or empty when it cannot be rendered. */
    Optional<Representation> get(Variant variant) {
        ServerFacts current = facts.current();
        Generation cache = generation(current);
        // A plain get first: computeIfAbsent may lock its bin even when the rendering is there.
        Optional<Representation> rendering = cache.renderings().get(variant);
        if (rendering == null) {
            rendering = cache.renderings().computeIfAbsent(variant, v -> render(v, current));
        }
        return rendering;
    }

    /**
     * A certificate the page lists, as a PEM file, by the name {@link SitePaths#certificate} gives it; empty for
     * any other name (a certificate the page does not show is not offered either).
     */
    Optional<Representation> certificate(String fileName) {
        ServerFacts current = facts.current();
        if (!current.content().sections().certificates()) {
            return Optional.empty(); // not published, so not offered for download either
        }
        Generation cache = generation(current);
        Representation known = cache.certificates().get(fileName);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Representation> found = current.coverage().entries().stream()
                .map(CertificateCoverage.Entry::certificate)
                .filter(c -> !c.pem().isEmpty())
                .filter(c -> SitePaths.certificate(c.fingerprints().sha256()).equals(SitePaths.CONTEXT
                        + SitePaths.CERTIFICATES_WITHIN_CONTEXT + fileName))
                .findFirst()
                .map(c -> Representation.of(PEM, c.pem(), lastModified(current)));
        found.ifPresent(file -> cache.certificates().putIfAbsent(fileName, file));
        return found;
    }

    /** A room anyone may discover, as of the facts it was found in. */
    record ListedRoom(ServerFacts facts, DirectorySnapshot.Listed listed) {
    }

    /**
     * The room with this address (in any case) if anyone may discover it and rooms' pages are published; empty for
     * any other address.
     */
    Optional<ListedRoom> findRoom(String address) {
        ServerFacts current = facts.current();
        if (!current.content().sections().roomPages()) {
            return Optional.empty();
        }
        return current.directory().room(address).map(listed -> new ListedRoom(current, listed));
    }

    /** A room's page, rendered once per version of the facts while it is asked for; empty if it cannot be. */
    Optional<Representation> room(ListedRoom room, Language language, ChatApps.Platform platform) {
        Generation cache = generation(room.facts());
        RoomPage key = new RoomPage(room.listed().room().address(), language, platform);
        Optional<Representation> page = cache.rooms().get(key);
        if (page == null) { // rendered outside the map's lock; two first requests may both render it
            page = render(room, language, platform);
            cache.rooms().put(key, page);
        }
        return page;
    }

    private Optional<Representation> render(ListedRoom room, Language language, ChatApps.Platform platform) {
        return render(room.listed().room().address() + " (" + language + ")", Variants.HTML,
                () -> variants.room(room.listed(), room.facts(), language, platform), room.facts());
    }

    /** How many room pages the current version keeps. */
    int cachedRoomPages() {
        return generation.rooms().size();
    }

    private static <K, V> Map<K, V> recentlyUsed() {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX_ROOM_PAGES;
            }
        });
    }

    /** The cache of the current facts' version: a new one, empty, once the version moved on. */
    private Generation generation(ServerFacts current) {
        Generation cache = generation;
        if (cache.version() != current.version()) {
            cache = new Generation(current.version(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                    recentlyUsed());
            generation = cache;
        }
        return cache;
    }

    /**
     * When the facts last changed, or {@code null} in a cluster: each node notices a change at its own instant, and a
     * client sent to another node must not be told its copy is current because of that node's clock.
     */
    private static Instant lastModified(ServerFacts facts) {
        return facts.clustered() ? null : facts.lastModified();
    }

    private static Optional<Representation> render(Variant variant, ServerFacts facts) {
        return render(variant.name(), variant.contentType(), () -> variant.render().apply(facts), facts);
    }

    private static Optional<Representation> render(String name, String contentType, Supplier<String> rendering,
                                                   ServerFacts facts) {
        try {
            return Optional.of(Representation.of(contentType, rendering.get(), lastModified(facts)));
        } catch (RuntimeException | LinkageError e) { // a library older than ours in the server: an Error
            LOG.error("Could not render the help page {}; visitors see a short apology instead.", name, e);
            return Optional.empty();
        }
    }
}
