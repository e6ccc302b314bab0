package org.conferencehelp.render;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders a text (a join link) as an SVG QR code that a phone can scan off the screen. Templates call it as
 * {@code $qr.svg($link, $label)}; one instance serves a renderer, and remembers the codes it drew lately.
 */
public final class QrCodes {

    private static final int QUIET_ZONE = 4; // modules of white border the QR code specification asks for

    /** No QR code: for a text too long to encode; the join link next to it still works. */
    private static final TrustedHtml NONE = new TrustedHtml("");

    /** A text's QR code: its size in modules, and its dark modules as one path. */
    private record Encoded(int size, String path) {
    }

    /** For a text too long for a QR code. */
    private static final Encoded TOO_LONG = new Encoded(0, "");

    /**
     * The QR codes of the texts seen lately. Encoding is most of the cost of rendering a page with rooms (error
     * correction, and the eight masks tried on each code), and the codes hardly change from one rendering to the
     * next: only the rooms that came onto the page are new. Bounded by the characters of its paths (50 rooms take
     * about 0.3 MB): emptied whole when the next code would pass the budget.
     */
    private final Map<String, Encoded> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedChars = new AtomicLong();
    private final long cacheBudgetChars;
    private final AtomicLong encodings = new AtomicLong();

    public QrCodes() {
        this(4_000_000);
    }

    /** With another budget for the remembered codes, in characters: for tests of the cache's bounds. */
    QrCodes(long cacheBudgetChars) {
        this.cacheBudgetChars = cacheBudgetChars;
    }

    /**
     * One {@code <svg>} with a single path; it carries {@code role="img"} and the given accessible label (escaped
     * here, as this markup is inserted unescaped). Nothing for a text longer than a QR code holds.
     */
    public TrustedHtml svg(String text, String label) {
        Encoded qr = cache.get(text);
        if (qr == null) {
            qr = encode(text);
            long chars = text.length() + qr.path().length();
            if (cachedChars.addAndGet(chars) > cacheBudgetChars) {
                cache.clear();
                cachedChars.set(chars);
            }
            cache.put(text, qr);
        }
        if (qr == TOO_LONG) {
            return NONE;
        }
        int size = qr.size() + QUIET_ZONE * 2;
        return new TrustedHtml("<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " "
                + size + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + qr.path()
                + "\"/></svg>");
    }

    /** How many texts this instance has encoded (and not found among the codes it remembered). */
    long encodings() {
        return encodings.get();
    }

    private Encoded encode(String text) {
        encodings.incrementAndGet();
        try {
            QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
            return new Encoded(qr.size, path(qr));
        } catch (DataTooLongException e) {
            // A legal room node of 1023 bytes percent-encodes to ~3000 characters, past a QR code's capacity.
            return TOO_LONG;
        }
    }

    /**
     * The dark modules as one path: each horizontal run of dark modules is a single rectangle, which keeps the
     * markup about half the size of one square per module.
     */
    private static String path(QrCode qr) {
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < qr.size && qr.getModule(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return path.toString();
    }
}
