package org.conferencehelp.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.JsonView;
import org.conferencehelp.page.Language;
import org.conferencehelp.page.LiveServerFacts;
import org.conferencehelp.page.PageRenderer;
import org.conferencehelp.page.ServerFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rendered pages, cached per page and language and rendered again only after the server facts changed: a
 * request for an unchanged page costs a map look-up.
 */
public final class RenderedPages {

    private static final Logger LOG = LoggerFactory.getLogger(RenderedPages.class);
    static final String HTML = "text/html;charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";

    /** A page in one language; the JSON view has no language. */
    private record Variant(String page, Language language) {
    }

    /** The keys, made once: a look-up then costs an identity comparison, and a request allocates none. */
    private static final Variant[][] HTML_VARIANTS = new Variant[HelpPage.values().length][Language.values().length];
    private static final Variant JSON_VARIANT = new Variant("json", null);

    static {
        for (HelpPage page : HelpPage.values()) {
            for (Language language : Language.values()) {
                HTML_VARIANTS[page.ordinal()][language.ordinal()] = new Variant(page.path(), language);
            }
        }
    }

    /** The cache for one version of the facts; replaced whole when the version moves on. */
    private record Generation(long version, Map<Variant, Rendering> pages) {
    }

    /** A rendering, or the failure to render, so that a broken template is tried (and logged) once a version. */
    private record Rendering(Representation representation, RuntimeException failure) {
    }

    private final LiveServerFacts facts;
    private final PageRenderer renderer;
    private volatile Generation generation = new Generation(-1, Map.of());

    public RenderedPages(LiveServerFacts facts, PageRenderer renderer) {
        this.facts = facts;
        this.renderer = renderer;
    }

    /** The page in the language, or {@code null} when it cannot be rendered (logged once). */
    public Representation html(HelpPage page, Language language) {
        return get(HTML_VARIANTS[page.ordinal()][language.ordinal()], page, language);
    }

    public Representation json() {
        return get(JSON_VARIANT, null, null);
    }

    /** @param page the page to render, or {@code null} for the JSON view */
    private Representation get(Variant variant, HelpPage page, Language language) {
        ServerFacts current = facts.current();
        Generation cache = generation;
        if (cache.version() != current.version()) {
            cache = new Generation(current.version(), new ConcurrentHashMap<>());
            generation = cache;
        }
        // A plain get first: computeIfAbsent may lock its bin even when the rendering is there.
        Rendering rendering = cache.pages().get(variant);
        if (rendering == null) {
            rendering = cache.pages().computeIfAbsent(variant, v -> attempt(() -> page == null
                    ? Representation.of(JSON, JsonView.render(current), current.lastModified())
                    : Representation.of(HTML, renderer.render(page, current, language), current.lastModified()), v));
        }
        return rendering.representation();
    }

    private static Rendering attempt(Supplier<Representation> render, Variant variant) {
        try {
            return new Rendering(render.get(), null);
        } catch (RuntimeException e) {
            LOG.error("Could not render the help page {} ({}); visitors see a short apology instead.",
                    variant.page(), variant.language(), e);
            return new Rendering(null, e);
        }
    }
}
