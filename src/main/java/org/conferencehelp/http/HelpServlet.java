package org.conferencehelp.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.Language;
import org.eclipse.jetty.ee8.nested.HttpOutput;
import org.eclipse.jetty.ee8.nested.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * Serves the help pages under the help context: {@code using-conferences/}, {@code definitions/},
 * {@code using-conferences.json} and the pages' assets. Only GET and HEAD; everything else is a short plain answer.
 * Every response body was rendered before the request came, or is rendered once per change of the facts.
 *
 * <p>The request path allocates little and formats nothing: header values are Jetty fields encoded once, and a body
 * goes to the socket from a direct buffer made once (bench/RESULTS.md). On Jetty's own request and response, that
 * is; behind a wrapper the same headers and bytes go through the plain servlet API.
 */
public final class HelpServlet extends HttpServlet {

    private static final String JSON_PATH = "/" + HelpPage.CONFERENCES.path() + ".json";
    private static final String ASSETS = "/assets/";
    private static final HelpPage[] PAGES = HelpPage.values();
    /** Per page: {@code /using-conferences} (redirected) and {@code /using-conferences/} (served). */
    private static final String[] BARE_PATHS = new String[PAGES.length];
    private static final String[] PAGE_PATHS = new String[PAGES.length];

    static {
        for (HelpPage page : PAGES) {
            BARE_PATHS[page.ordinal()] = "/" + page.path();
            PAGE_PATHS[page.ordinal()] = "/" + page.path() + "/";
        }
    }

    private static final HttpField VARY_PAGE = new PreEncodedHttpField("Vary", "Accept-Language, Accept-Encoding");
    private static final HttpField VARY_ENCODING = new PreEncodedHttpField("Vary", "Accept-Encoding");
    private static final HttpField ANY_ORIGIN = new PreEncodedHttpField("Access-Control-Allow-Origin", "*");
    private static final HttpField NO_CACHE = new PreEncodedHttpField("Cache-Control", "no-cache");
    private static final HttpField ASSET_CACHE = new PreEncodedHttpField("Cache-Control", "public, max-age=3600");
    private static final HttpField GZIP = new PreEncodedHttpField("Content-Encoding", "gzip");
    private static final Map<Language, HttpField> CONTENT_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            CONTENT_LANGUAGE.put(language, new PreEncodedHttpField("Content-Language", language.code()));
        }
    }

    private final transient RenderedPages pages;
    private final transient StaticAssets assets;

    public HelpServlet(RenderedPages pages) {
        this.pages = pages;
        this.assets = new StaticAssets(Instant.now());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(response);
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            plain(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Only GET and HEAD are served here.");
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String lang = queryParameter(request.getQueryString(), "lang");
        if (path.equals("/")) {
            redirect(request, response, HelpPage.CONFERENCES, lang);
            return;
        }
        for (HelpPage page : PAGES) {
            if (path.equals(BARE_PATHS[page.ordinal()])) {
                redirect(request, response, page, lang);
                return;
            }
            if (path.equals(PAGE_PATHS[page.ordinal()])) {
                RequestHeaders headers = RequestHeaders.of(request);
                Language language = Language.choose(lang, headers.acceptLanguage());
                put(response, VARY_PAGE);
                put(response, CONTENT_LANGUAGE.get(language));
                send(request, headers, response, pages.html(page, language), NO_CACHE);
                return;
            }
        }
        if (path.equals(JSON_PATH)) {
            put(response, ANY_ORIGIN);
            put(response, VARY_ENCODING);
            send(request, RequestHeaders.of(request), response, pages.json(), NO_CACHE);
            return;
        }
        Representation asset = path.startsWith(ASSETS) ? assets.get(path.substring(ASSETS.length())) : null;
        if (asset != null) {
            put(response, VARY_ENCODING);
            send(request, RequestHeaders.of(request), response, asset, ASSET_CACHE);
            return;
        }
        plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found. The help pages are at "
                + request.getContextPath() + "/" + HelpPage.CONFERENCES.path() + "/");
    }

    private static void send(HttpServletRequest request, RequestHeaders headers, HttpServletResponse response,
                             Representation page, HttpField cacheControl) throws IOException {
        if (page == null) {
            response.setHeader("Retry-After", "60");
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Sorry, this help page cannot be shown right now. Please try again later.");
            return;
        }
        boolean gzip = acceptsGzip(headers.acceptEncoding());
        String etag = gzip ? page.gzipEtag() : page.etag();
        put(response, page.etagField(gzip));
        if (response instanceof Response) {
            put(response, page.lastModifiedField());
        } else {
            response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        }
        put(response, cacheControl);
        if (Conditional.notModified(headers.ifNoneMatch(), headers.ifModifiedSinceMillis(), etag,
                page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        response.setStatus(HttpServletResponse.SC_OK);
        if (response instanceof Response) { // the field as it is, without setContentType's parsing and look-ups
            put(response, page.contentTypeField());
        } else {
            response.setContentType(page.contentType());
        }
        if (gzip) {
            put(response, GZIP);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            ServletOutputStream out = response.getOutputStream();
            if (out instanceof HttpOutput jetty) { // the whole body in one write, from a buffer made once
                jetty.sendContent(page.direct(gzip));
            } else {
                out.write(body);
            }
        }
    }

    /**
     * {@code setHeader}, with a field Jetty need not look up, allocate or encode on each request. Each header is set
     * once on a response that has none of them yet (this context has no filters), so it is appended without
     * {@code put}'s search through the fields for one of the same name.
     */
    private static void put(HttpServletResponse response, HttpField field) {
        if (response instanceof Response jetty) {
            jetty.getHttpFields().add(field);
        } else {
            response.setHeader(field.getName(), field.getValue());
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, HelpPage page,
                                 String lang) {
        Language named = Language.named(lang);
        String location = request.getContextPath() + "/" + page.path() + "/"
                + (named != null ? "?lang=" + named.code() : "");
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", location);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
