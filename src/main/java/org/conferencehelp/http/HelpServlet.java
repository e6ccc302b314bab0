package org.conferencehelp.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.Language;
import org.conferencehelp.page.SitePaths;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Serves the help site: finds the request's {@link Routes route}, chooses its language and variant, and writes the
 * cached rendering through a {@link ResponseWriter}. Only GET and HEAD; everything else is a short plain answer.
 * Every response body was rendered before the request came, or is rendered once per change of the facts; the
 * request path allocates little and formats nothing (bench/RESULTS.md).
 */
public final class HelpServlet extends HttpServlet {

    private static final HttpField VARY_PAGE = new PreEncodedHttpField("Vary", "Accept-Language, Accept-Encoding");
    /** A room's page also lists the apps of the visitor's platform first, as its User-Agent says. */
    private static final HttpField VARY_ROOM = new PreEncodedHttpField("Vary",
            "Accept-Language, Accept-Encoding, User-Agent");
    private static final HttpField VARY_ENCODING = new PreEncodedHttpField("Vary", "Accept-Encoding");
    private static final HttpField ANY_ORIGIN = new PreEncodedHttpField("Access-Control-Allow-Origin", "*");
    private static final HttpField NO_CACHE = new PreEncodedHttpField("Cache-Control", "no-cache");
    private static final HttpField NO_STORE = new PreEncodedHttpField("Cache-Control", "no-store");
    private static final HttpField ASSET_CACHE = new PreEncodedHttpField("Cache-Control", "public, max-age=3600");
    private static final HttpField GZIP = new PreEncodedHttpField("Content-Encoding", "gzip");
    private static final HttpField PLAIN_TEXT = new PreEncodedHttpField("Content-Type", "text/plain;charset=utf-8");
    private static final HttpField ALLOW = new PreEncodedHttpField("Allow", "GET, HEAD");
    private static final HttpField RETRY_LATER = new PreEncodedHttpField("Retry-After", "60");
    private static final Map<Language, HttpField> CONTENT_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            CONTENT_LANGUAGE.put(language, new PreEncodedHttpField("Content-Language", language.code()));
        }
    }

    private final transient PageCache pages;
    private final transient Routes routes;

    /** @param clock dates the assets' {@code Last-Modified}: they came with the plugin, loaded now */
    public HelpServlet(PageCache pages, Clock clock) {
        this.pages = pages;
        this.routes = new Routes(new StaticAssets(clock.instant()));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResponseWriter out = ResponseWriter.of(response);
        SecurityHeaders.apply(out);
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            out.add(ALLOW);
            plain(out, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only GET and HEAD are served here.");
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        boolean head = "HEAD".equals(method);
        Routes.Route route = routes.find(path);
        Optional<Representation> certificate = route != null && route.kind() == Routes.Kind.CERTIFICATE
                ? pages.certificate(route.name()) : Optional.empty();
        boolean roomRoute = route != null && (route.kind() == Routes.Kind.ROOM
                || route.kind() == Routes.Kind.ROOM_REDIRECT);
        Optional<PageCache.ListedRoom> room = roomRoute ? pages.findRoom(route.name()) : Optional.empty();
        // Whatever is not listed is the same 404, byte for byte: hidden, locked, unknown and malformed alike.
        if (route == null || (route.kind() == Routes.Kind.CERTIFICATE && certificate.isEmpty())
                || (roomRoute && room.isEmpty())) {
            plain(out, HttpServletResponse.SC_NOT_FOUND, "Not found. The help pages are at "
                    + SitePaths.page(HelpPage.CONFERENCES));
            return;
        }
        switch (route.kind()) {
            case REDIRECT -> redirect(request, out, route.page());
            case PAGE -> page(request, out, head, VARY_PAGE,
                    language -> pages.get(pages.variants().page(route.page(), language)));
            case JSON -> {
                out.add(ANY_ORIGIN);
                out.add(VARY_ENCODING);
                send(out, RequestHeaders.of(request), head, pages.get(pages.variants().json()), NO_CACHE);
            }
            case ASSET -> {
                out.add(VARY_ENCODING);
                send(out, RequestHeaders.of(request), head, Optional.of(route.asset()), ASSET_CACHE);
            }
            case CERTIFICATE -> {
                out.add(VARY_ENCODING);
                send(out, RequestHeaders.of(request), head, certificate, NO_CACHE);
            }
            case ROOM -> page(request, out, head, VARY_ROOM, language -> pages.room(room.get(), language,
                    ChatApps.Platform.of(request.getHeader("User-Agent"))));
            case ROOM_REDIRECT -> redirect(request, out, SitePaths.room(room.get().listed().room().address()));
        }
    }

    /** An HTML page in the language the request chooses ({@code ?lang=}, else Accept-Language). */
    private static void page(HttpServletRequest request, ResponseWriter out, boolean head, HttpField vary,
                             Function<Language, Optional<Representation>> rendering) throws IOException {
        RequestHeaders headers = RequestHeaders.of(request);
        Language language = Language.choose(queryParameter(request.getQueryString(), "lang"),
                headers.acceptLanguage());
        out.add(vary);
        out.add(CONTENT_LANGUAGE.get(language));
        send(out, headers, head, rendering.apply(language), NO_CACHE);
    }

    private static void send(ResponseWriter out, RequestHeaders headers, boolean head,
                             Optional<Representation> rendering, HttpField cacheControl) throws IOException {
        if (rendering.isEmpty()) {
            out.add(RETRY_LATER);
            plain(out, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Sorry, this help page cannot be shown right now. Please try again later.");
            return;
        }
        Representation page = rendering.get();
        boolean gzip = acceptsGzip(headers.acceptEncoding());
        out.add(page.etagField(gzip));
        if (page.lastModifiedField() != null) {
            out.add(page.lastModifiedField());
        }
        out.add(cacheControl);
        if (Conditional.notModified(headers.ifNoneMatch(), headers.ifModifiedSinceMillis(),
                gzip ? page.gzipEtag() : page.etag(), page.lastModified())) {
            out.status(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        out.status(HttpServletResponse.SC_OK);
        out.add(page.contentTypeField());
        if (gzip) {
            out.add(GZIP);
        }
        out.body(page, gzip, head);
    }

    private static void redirect(HttpServletRequest request, ResponseWriter out, HelpPage page) {
        redirect(request, out, SitePaths.page(page));
    }

    /** To a page of the site, with a valid {@code ?lang=} kept. */
    private static void redirect(HttpServletRequest request, ResponseWriter out, String location) {
        Language named = Language.named(queryParameter(request.getQueryString(), "lang"));
        out.status(HttpServletResponse.SC_MOVED_PERMANENTLY);
        out.add(new HttpField("Location", named != null ? location + "?lang=" + named.code() : location));
    }

    private static void plain(ResponseWriter out, int status, String message) throws IOException {
        out.status(status);
        out.add(PLAIN_TEXT);
        out.add(NO_STORE);
        out.body((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A parameter of gzip that refuses it, once spaces are taken out. */
    private static final Pattern REFUSED = Pattern.compile("[qQ]=0(\\.0{0,3})?");
    /** At most this many codings are read one by one; the rest of the header counts as one more. */
    private static final int MAX_CODINGS = 32;

    /**
     * Whether {@code Accept-Encoding} allows gzip (present, and not with {@code q=0}): the first coding named gzip
     * decides. Reads the header in place, without splitting it, as browsers send it with every request.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        int length = acceptEncoding.length();
        int start = 0;
        for (int coding = 1; start <= length; coding++) {
            int end = coding < MAX_CODINGS ? acceptEncoding.indexOf(',', start) : -1;
            end = end < 0 ? length : end;
            int semicolon = acceptEncoding.indexOf(';', start);
            int nameEnd = semicolon < 0 || semicolon > end ? end : semicolon;
            if (isGzip(acceptEncoding, start, nameEnd)) {
                for (int param = nameEnd; param < end; ) { // param: at a ';'
                    int next = acceptEncoding.indexOf(';', param + 1);
                    next = next < 0 || next > end ? end : next;
                    if (REFUSED.matcher(acceptEncoding.substring(param + 1, next).strip().replace(" ", ""))
                            .matches()) {
                        return false;
                    }
                    param = next;
                }
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether the header from {@code from} to {@code to}, without white space around it, is "gzip" in any case. */
    private static boolean isGzip(String header, int from, int to) {
        while (from < to && Character.isWhitespace(header.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(header.charAt(to - 1))) {
            to--;
        }
        return to - from == 4 && header.regionMatches(true, from, "gzip", 0, 4);
    }

    /**
     * One parameter of the raw query string, decoded leniently: a malformed query is simply ignored, where the
     * servlet API's own parsing would fail the request.
     */
    static String queryParameter(String query, String name) {
        if (query == null || query.length() > 2048) {
            return null;
        }
        for (String pair : query.split("&", 64)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name) && eq >= 0) {
                try {
                    return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }
}
