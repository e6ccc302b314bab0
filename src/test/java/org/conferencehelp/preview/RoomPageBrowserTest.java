package org.conferencehelp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.conferencehelp.preview.HeadlessChromium.Theme;
import org.conferencehelp.preview.HeadlessChromium.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * A room's page as a phone's camera and a visitor's browser see it: its QR code decodes to the room's join link at
 * both widths and in both themes, and the apps of the platform the browser says it runs on come first.
 */
class RoomPageBrowserTest extends PreviewInChromium {

    private static final String LOBBY = "/help/rooms/lobby@conference.example.org/";

    private static String chromiumsOwn;

    @BeforeAll
    static void start() throws Exception {
        if (startChromiumAndPreview()) {
            chromiumsOwn = (String) chromium.script("return navigator.userAgent;");
        }
    }

    @AfterEach
    void chromiumsOwnUserAgentAgain() {
        if (chromiumsOwn != null) {
            userAgent(chromiumsOwn);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("org.conferencehelp.preview.HeadlessChromium#everyLook")
    void theQrCodeDecodesToTheRoomsJoinLink(Viewport viewport, Theme theme) throws Exception {
        chromium.use(viewport);
        chromium.use(theme);
        chromium.driver().get(origin + LOBBY);
        WebElement qr = chromium.driver().findElement(By.cssSelector("svg.qr"));
        chromium.script("arguments[0].scrollIntoView({block: 'center'});", qr);

        assertEquals("xmpp:lobby@conference.example.org?join",
                QrCodeBrowserTest.decode(qr.getScreenshotAs(OutputType.BYTES), "the lobby's page"));
        assertEquals("xmpp:lobby@conference.example.org?join",
                chromium.driver().findElement(By.cssSelector(".room-page a.join")).getAttribute("href"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Android phone|Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.0.0 Mobile Safari/537.36|android",
            "iPhone|Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/18.1 Mobile/15E148 Safari/604.1|ios",
            "Windows desktop|Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/131.0.0.0 Safari/537.36|windows",
            "Mac desktop|Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    + "Version/18.1 Safari/605.1.15|macos"})
    void theVisitorsPlatformComesFirst(String device, String userAgent, String platform) {
        userAgent(userAgent);
        chromium.use(Viewport.PHONE);
        chromium.driver().get(origin + LOBBY);

        List<String> order = chromium.driver().findElements(By.cssSelector(".platform")).stream()
                .map(element -> element.getAttribute("id")).toList();
        assertEquals("apps-" + platform, order.get(0), device + ": " + order);
        assertEquals(6, order.size(), "every platform is still listed: " + order);
        assertEquals(List.of("apps-" + platform), chromium.driver().findElements(By.cssSelector(".platform.yours"))
                .stream().map(element -> element.getAttribute("id")).toList());
    }

    private static void userAgent(String userAgent) {
        chromium.driver().executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", userAgent));
    }
}
