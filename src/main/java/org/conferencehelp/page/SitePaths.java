package org.conferencehelp.page;

/**
 * Where everything of the help site lives: the one place that spells its paths. "Within the context" paths are
 * what the servlet sees; the others are what links point to.
 */
public final class SitePaths {

    /** Where the help site is mounted on the web server. */
    public static final String CONTEXT = "/help";
    public static final String JSON_WITHIN_CONTEXT = "/" + HelpPage.CONFERENCES.slug() + ".json";
    public static final String ASSETS_WITHIN_CONTEXT = "/assets/";
    public static final String CERTIFICATES_WITHIN_CONTEXT = "/certificates/";
    public static final String CERTIFICATE_SUFFIX = ".pem";
    public static final String ROOMS_WITHIN_CONTEXT = "/rooms/";

    private SitePaths() {
    }

    /** {@code /using-conferences/}: where the page is served within the context. */
    public static String withinContext(HelpPage page) {
        return "/" + page.slug() + "/";
    }

    /** {@code /using-conferences}: the page's address without its slash, redirected to the page. */
    public static String bareWithinContext(HelpPage page) {
        return "/" + page.slug();
    }

    /** {@code /help/using-conferences/}. */
    public static String page(HelpPage page) {
        return CONTEXT + withinContext(page);
    }

    /** {@code /help/using-conferences/?lang=de}. */
    public static String page(HelpPage page, Language language) {
        return page(page) + "?lang=" + language.code();
    }

    /** {@code /help/using-conferences.json}. */
    public static String json() {
        return CONTEXT + JSON_WITHIN_CONTEXT;
    }

    /**
     * A current certificate as a PEM file, named by its SHA-256 fingerprint in lower-case hex without colons, e.g.
     * {@code /help/certificates/3f…a9.pem}.
     */
    public static String certificate(String sha256) {
        return CONTEXT + CERTIFICATES_WITHIN_CONTEXT + sha256.replace(":", "").toLowerCase(java.util.Locale.ROOT)
                + CERTIFICATE_SUFFIX;
    }

    /**
     * A room's own page, e.g. {@code /help/rooms/lobby@conference.example.org/}: the address with everything but
     * letters, digits, {@code -._~} and the {@code @} percent-encoded (UTF-8), so any room name makes one path
     * segment.
     */
    public static String room(String address) {
        StringBuilder path = new StringBuilder(CONTEXT).append(ROOMS_WITHIN_CONTEXT);
        for (byte b : address.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~@".indexOf(c) >= 0) {
                path.append(c);
            } else {
                path.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return path.append('/').toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The folder of the pages' style sheet, script and icon, e.g. {@code /help/assets/style.css}. */
    public static String asset(String name) {
        return CONTEXT + ASSETS_WITHIN_CONTEXT + name;
    }
}
