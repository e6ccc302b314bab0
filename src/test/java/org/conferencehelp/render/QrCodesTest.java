package org.conferencehelp.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.nayuki.qrcodegen.QrCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The QR code SVG, read back without a browser: its path drawn module by module and decoded with ZXing. */
class QrCodesTest {

    private static final QrCodes QR_CODES = new QrCodes();

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"xmpp:conference.example.org", "xmpp:lobby@conference.example.org?join",
        "xmpp:caf%C3%A9%20%26%20b%C3%BCcher@conference.sehr-lange-domain.example.org?join"})
    void svgDecodesToTheText(String text) throws Exception {
        String svg = QR_CODES.svg(text, "label").html();
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), svg);
        int size = Integer.parseInt(box.group(1));
        boolean[][] dark = new boolean[size][size];
        for (int[] run : runs(svg)) {
            for (int x = run[0]; x < run[0] + run[2]; x++) {
                dark[run[1]][x] = true;
            }
        }
        assertEquals(text, decode(dark, 6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xmpp:conference.example.org", "xmpp:lobby@conference.example.org?join"})
    void eachHorizontalRunOfDarkModulesIsOneRectangle(String text) {
        List<int[]> runs = runs(QR_CODES.svg(text, "label").html());
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int expected = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y) && (x == 0 || !qr.getModule(x - 1, y))) {
                    expected++;
                }
            }
        }
        assertEquals(expected, runs.size());
    }

    @Test
    void aTextTooLongForAQrCodeGivesNoMarkup() {
        // The join link of a legal 1022-byte room node: 3,099 characters, past a QR code's capacity at ECC M.
        String link = "xmpp:" + "%C3%A9".repeat(511) + "@conference.example.org?join";
        assertEquals("", QR_CODES.svg(link, "label").html());
    }

    @Test
    void labelIsEscaped() {
        String svg = QR_CODES.svg("xmpp:a@b", "QR code to join <b>&amp;\"x\"</b>").html();
        assertTrue(svg.contains("aria-label=\"QR code to join &lt;b&gt;&amp;amp;&quot;x&quot;&lt;/b&gt;\""), svg);
    }

    private static List<int[]> runs(String svg) {
        List<int[]> runs = new ArrayList<>();
        String path = svg.substring(svg.indexOf(" d=\"") + 4, svg.indexOf('"', svg.indexOf(" d=\"") + 4));
        Matcher run = RUN.matcher(path);
        int end = 0;
        while (run.find()) {
            assertEquals(end, run.start(), "unexpected path data at " + end + ": " + path);
            assertEquals(run.group(3), run.group(4), "a run's rectangle closes where it began");
            runs.add(new int[] {Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)),
                Integer.parseInt(run.group(3))});
            end = run.end();
        }
        assertEquals(path.length(), end, "path data left over");
        return runs;
    }

    private static String decode(boolean[][] dark, int scale) throws Exception {
        int size = dark.length * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = dark[y / scale][x / scale] ? 0xff000000 : 0xffffffff;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(size, size, pixels))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
