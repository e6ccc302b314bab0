package org.conferencehelp.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.Language;

/**
 * Serves the help pages under the help context: {@code using-conferences/}, {@code definitions/},
 * {@code using-conferences.json} and the pages' assets. Only GET and HEAD; everything else is a short plain answer.
 * Every response body was rendered before the request came, or is rendered once per change of the facts.
 */
public final class HelpServlet extends HttpServlet {

    private static final String JSON_PATH = "/" + HelpPage.CONFERENCES.path() + ".json";
    private static final String ASSETS = "/assets/";

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
        for (HelpPage page : HelpPage.values()) {
            if (path.equals("/" + page.path())) {
                redirect(request, response, page, lang);
                return;
            }
            if (path.equals("/" + page.path() + "/")) {
                Language language = Language.choose(lang, request.getHeader("Accept-Language"));
                response.setHeader("Vary", "Accept-Language, Accept-Encoding");
                response.setHeader("Content-Language", language.code());
                send(request, response, pages.html(page, language), "no-cache");
                return;
            }
        }
        if (path.equals(JSON_PATH)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Vary", "Accept-Encoding");
            send(request, response, pages.json(), "no-cache");
            return;
        }
        if (path.startsWith(ASSETS) && assets.get(path.substring(ASSETS.length())) != null) {
            response.setHeader("Vary", "Accept-Encoding");
            send(request, response, assets.get(path.substring(ASSETS.length())), "public, max-age=3600");
            return;
        }
        plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found. The help pages are at "
                + request.getContextPath() + "/" + HelpPage.CONFERENCES.path() + "/");
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Representation page,
                             String cacheControl) throws IOException {
        if (page == null) {
            response.setHeader("Retry-After", "60");
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Sorry, this help page cannot be shown right now. Please try again later.");
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", cacheControl);
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unparseable) {
            ifModifiedSince = -1;
        }
        if (Conditional.notModified(request.getHeader("If-None-Match"), ifModifiedSince, etag, page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? page.gzipped() : page.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
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

    /** Whether {@code Accept-Encoding} allows gzip (present, and not with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",", 32)) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < parts.length; i++) {
                    String param = parts[i].strip().replace(" ", "");
                    if (param.matches("[qQ]=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
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
