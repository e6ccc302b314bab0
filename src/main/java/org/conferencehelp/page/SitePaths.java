package org.conferencehelp.page;

import java.nio.charset.StandardCharsets;

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
     * letters, digits, {@code -._} and the {@code @} percent-encoded (UTF-8), so any room name makes one path segment.
     * The three characters web servers refuse encoded in a path ({@code % \ ~}, {@code ~} for this escape itself)
     * are written {@code ~25}, {@code ~5C} and {@code ~7E} instead; {@link #roomAddress} reads them back.
     */
    public static String room(String address) {
        StringBuilder path = new StringBuilder(CONTEXT).append(ROOMS_WITHIN_CONTEXT);
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._@".indexOf(c) >= 0) {
                path.append(c);
            } else {
                path.append(refusedEncoded(c) ? '~' : '%').append(HEX[(b >> 4) & 0xf])
                        .append(HEX[b & 0xf]);
            }
        }
        return path.append('/').toString();
    }

    /** The room address in a path segment of {@link #room}, once the web server decoded its percent escapes. */
    public static String roomAddress(String decodedSegment) {
        StringBuilder address = new StringBuilder(decodedSegment.length());
        for (int i = 0; i < decodedSegment.length(); i++) {
            char c = decodedSegment.charAt(i);
            if (c == '~' && i + 2 < decodedSegment.length()) {
                int escaped = Character.digit(decodedSegment.charAt(i + 1), 16) * 16
                        + Character.digit(decodedSegment.charAt(i + 2), 16);
                if (escaped >= 0 && refusedEncoded((char) escaped)) {
                    address.append((char) escaped);
                    i += 2;
                    continue;
                }
            }
            address.append(c);
        }
        return address.toString();
    }

    private static boolean refusedEncoded(char c) {
        return c < 0x20 || c == 0x7f || "%\\/~".indexOf(c) >= 0;
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The folder of the pages' style sheet, script and icon, e.g. {@code /help/assets/style.css}. */
    public static String asset(String name) {
        return CONTEXT + ASSETS_WITHIN_CONTEXT + name;
    }
}
