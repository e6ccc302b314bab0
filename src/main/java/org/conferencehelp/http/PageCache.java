package org.conferencehelp.http;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.conferencehelp.live.LiveServerFacts;
import org.conferencehelp.live.ServerFacts;
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

    /** The renderings of one version of the facts; replaced whole when the version moves on. */
    /**
     * @param certificates the certificate files asked for, by file name: only those the page lists, so requests for
     *                     other names cannot grow it
     */
    private record Generation(long version, Map<Variant, Optional<Representation>> renderings,
                              Map<String, Representation> certificates) {
    }

    private final LiveServerFacts facts;
    private final Variants variants;
    private volatile Generation generation = new Generation(-1, Map.of(), Map.of());

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

    /** The cache of the current facts' version: a new one, empty, once the version moved on. */
    private Generation generation(ServerFacts current) {
        Generation cache = generation;
        if (cache.version() != current.version()) {
            cache = new Generation(current.version(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            generation = cache;
        }
        return cache;
    }

    /**
     * When the facts last changed, or {@code null} in a cluster: each node notices a change at its own instant, and a
     * client sent to another node must not be told its copy is current because of that node's clock.
     */
    private static java.time.Instant lastModified(ServerFacts facts) {
        return facts.clustered() ? null : facts.lastModified();
    }

    private static Optional<Representation> render(Variant variant, ServerFacts facts) {
        try {
            return Optional.of(Representation.of(variant.contentType(), variant.render().apply(facts),
                    lastModified(facts)));
        } catch (RuntimeException | LinkageError e) { // a library older than ours in the server: an Error
            LOG.error("Could not render the help page {}; visitors see a short apology instead.", variant.name(), e);
            return Optional.empty();
        }
    }
}
