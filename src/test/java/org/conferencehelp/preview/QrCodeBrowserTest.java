package org.conferencehelp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.conferencehelp.preview.HeadlessChromium.Theme;
import org.conferencehelp.preview.HeadlessChromium.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The QR codes as a phone camera would see them: each is screenshot as the browser draws it and decoded with
 * ZXing, and must give the join link printed beside it, at both widths and in both themes.
 */
class QrCodeBrowserTest extends PreviewInChromium {

    @BeforeAll
    static void start() throws Exception {
        startChromiumAndPreview();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("org.conferencehelp.preview.HeadlessChromium#everyLook")
    void everyQrCodeDecodesToTheJoinLinkBesideIt(Viewport viewport, Theme theme) throws Exception {
        chromium.use(viewport);
        chromium.use(theme);
        chromium.driver().get(origin + "/help/using-conferences/");
        chromium.openAllDetails();
        Map<String, String> decoded = new LinkedHashMap<>();
        for (WebElement qr : chromium.driver().findElements(By.cssSelector("svg.qr"))) {
            String link = (String) chromium.script(
                    "return arguments[0].closest('.room, .service-head').querySelector('a.join').getAttribute('href');",
                    qr);
            chromium.script("arguments[0].scrollIntoView({block: 'center'});", qr);
            decoded.put(link, decode(qr.getScreenshotAs(OutputType.BYTES), link));
        }
        // The demo server's service and its four listed rooms, spelt out here rather than read from the page.
        assertEquals(List.of("xmpp:conference.example.org", "xmpp:lobby@conference.example.org?join",
                "xmpp:support@conference.example.org?join", "xmpp:members@conference.example.org?join",
                "xmpp:book-club@conference.example.org?join"), List.copyOf(decoded.keySet()));
        decoded.forEach((link, text) -> assertEquals(link, text, "the QR code beside " + link));
    }

    static String decode(byte[] png, String link) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image.getWidth() >= 100, "QR code for " + link + " is only " + image.getWidth() + " px wide");
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        try {
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException unreadable) {
            HeadlessChromium.save("unreadable-qr", png);
            return "(unreadable: saved as unreadable-qr.png)";
        }
    }
}
