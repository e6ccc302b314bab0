package org.conferencehelp.http;

import java.util.HashMap;
import java.util.Map;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.SitePaths;

/** Every path the help context answers, found with one look-up: the pages, their bare forms, the JSON view, assets. */
final class Routes {

    enum Kind { REDIRECT, PAGE, JSON, ASSET }

    /**
     * What a path within the context leads to.
     *
     * @param page  the page served, or redirected to (with a valid {@code ?lang=} kept)
     * @param asset the asset served
     */
    record Route(Kind kind, HelpPage page, Representation asset) {
    }

    private final Map<String, Route> routes = new HashMap<>();

    Routes(StaticAssets assets) {
        routes.put("/", new Route(Kind.REDIRECT, HelpPage.CONFERENCES, null));
        for (HelpPage page : HelpPage.values()) {
            routes.put(SitePaths.bareWithinContext(page), new Route(Kind.REDIRECT, page, null));
            routes.put(SitePaths.withinContext(page), new Route(Kind.PAGE, page, null));
        }
        routes.put(SitePaths.JSON_WITHIN_CONTEXT, new Route(Kind.JSON, null, null));
        assets.all().forEach((name, asset) -> routes.put(SitePaths.ASSETS_WITHIN_CONTEXT + name,
                new Route(Kind.ASSET, null, asset)));
    }

    /** The route of a path within the context, or {@code null}: not found. */
    Route find(String pathWithinContext) {
        return routes.get(pathWithinContext);
    }
}
