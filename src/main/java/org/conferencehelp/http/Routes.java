package org.conferencehelp.http;

import java.util.HashMap;
import java.util.Map;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.SitePaths;

/**
 * Every path the help context answers, found with one look-up: the pages, their bare forms, the JSON view, assets,
 * and the certificates and rooms (by name, checked against the listed ones when asked for).
 */
final class Routes {

    enum Kind { REDIRECT, PAGE, JSON, ASSET, CERTIFICATE, ROOM, ROOM_REDIRECT }

    /**
     * What a path within the context leads to.
     *
     * @param page        the page served, or redirected to (with a valid {@code ?lang=} kept)
     * @param asset       the asset served
     * @param name        the file name of a certificate asked for, e.g. {@code 3f…a9.pem}, or the address of a room
     */
    record Route(Kind kind, HelpPage page, Representation asset, String name) {
    }

    private final Map<String, Route> routes = new HashMap<>();

    Routes(StaticAssets assets) {
        routes.put("/", new Route(Kind.REDIRECT, HelpPage.CONFERENCES, null, null));
        for (HelpPage page : HelpPage.values()) {
            routes.put(SitePaths.bareWithinContext(page), new Route(Kind.REDIRECT, page, null, null));
            routes.put(SitePaths.withinContext(page), new Route(Kind.PAGE, page, null, null));
        }
        routes.put(SitePaths.JSON_WITHIN_CONTEXT, new Route(Kind.JSON, null, null, null));
        assets.all().forEach((name, asset) -> routes.put(SitePaths.ASSETS_WITHIN_CONTEXT + name,
                new Route(Kind.ASSET, null, asset, null)));
    }

    /** The route of a path within the context, or {@code null}: not found. */
    Route find(String pathWithinContext) {
        Route route = routes.get(pathWithinContext);
        if (route != null) {
            return route;
        }
        if (pathWithinContext.startsWith(SitePaths.CERTIFICATES_WITHIN_CONTEXT)
                && pathWithinContext.endsWith(SitePaths.CERTIFICATE_SUFFIX)) {
            return new Route(Kind.CERTIFICATE, null, null,
                    pathWithinContext.substring(SitePaths.CERTIFICATES_WITHIN_CONTEXT.length()));
        }
        if (pathWithinContext.startsWith(SitePaths.ROOMS_WITHIN_CONTEXT)) {
            String address = pathWithinContext.substring(SitePaths.ROOMS_WITHIN_CONTEXT.length());
            boolean bare = !address.endsWith("/");
            address = bare ? address : address.substring(0, address.length() - 1);
            if (!address.isEmpty() && address.indexOf('/') < 0) {
                return new Route(bare ? Kind.ROOM_REDIRECT : Kind.ROOM, null, null, SitePaths.roomAddress(address));
            }
        }
        return null;
    }
}
