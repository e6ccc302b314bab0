package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HelpServlet#acceptsGzip} reads the header in place; it must decide as the splitting version it replaced
 * (kept here as the reference), except that a coding made only of semicolons no longer fails the request.
 */
class AcceptsGzipTest {

    /** The implementation before bench/RESULTS.md's changes, verbatim. */
    static boolean reference(String acceptEncoding) {
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

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "GZIP", " gzip ", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8",
            "gzip;q=0.5", "gzip;q=1", "gzip;q=0.0001", "x, gzip", "gzip;", "gzip;;q=1", "\tgzip\t;level=1", "*",
            "", ",", "x,", "gzip,", ",gzip"})
    void decidesAsBefore(String header) {
        assertEquals(reference(header), HelpServlet.acceptsGzip(header), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip;q=0", "GZIP ; Q = 0.000", "gzip;q=0.", "gzip; q=0.00", "x;gzip", "gzipx",
            "g zip", "deflate", "gzip;q=0;q=1", "br, gzip;q=0, gzip"})
    void refusals(String header) {
        assertFalse(HelpServlet.acceptsGzip(header), header);
        assertEquals(reference(header), HelpServlet.acceptsGzip(header), header);
    }

    @Test
    void readsThirtyOneCodingsAndTakesTheRestAsOne() {
        String thirtyOne = "x,".repeat(31);
        assertTrue(HelpServlet.acceptsGzip(thirtyOne + "gzip"));
        assertFalse(HelpServlet.acceptsGzip(thirtyOne + "y,gzip"));
        assertEquals(reference(thirtyOne + "gzip"), HelpServlet.acceptsGzip(thirtyOne + "gzip"));
        assertEquals(reference(thirtyOne + "y,gzip"), HelpServlet.acceptsGzip(thirtyOne + "y,gzip"));
        assertEquals(reference(thirtyOne + "gzip;q=0,y"), HelpServlet.acceptsGzip(thirtyOne + "gzip;q=0,y"));
    }

    @Test
    void aCodingOfSemicolonsOnlyIsNoLongerAnError() {
        // The reference threw ArrayIndexOutOfBoundsException here, and the request failed with a 500.
        assertFalse(HelpServlet.acceptsGzip(";"));
        assertFalse(HelpServlet.acceptsGzip("br,;"));
        assertTrue(HelpServlet.acceptsGzip("deflate,;,gzip"));
    }

    @Test
    void agreesWithTheReferenceOnRandomHeaders() {
        String alphabet = "gzipGZIP;,, qQ=0.1\t\u00a0x";
        Random random = new Random(4711);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder header = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                header.append(random.nextInt(4) == 0 ? "gzip" : String.valueOf(
                        alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String text = header.toString();
            boolean expected;
            try {
                expected = reference(text);
            } catch (ArrayIndexOutOfBoundsException semicolonsOnly) {
                continue; // the one intended difference, above
            }
            assertEquals(expected, HelpServlet.acceptsGzip(text), '"' + text + '"');
        }
    }
}
