package org.conferencehelp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conferencehelp.preview.HeadlessChromium.Theme;
import org.conferencehelp.preview.HeadlessChromium.Viewport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fingerprints' Copy buttons, in a real browser, against a certificate whose fingerprints the test computes
 * itself: what lands on the clipboard, the keyboard, the fallback without clipboard access, and the page without
 * script.
 */
class FingerprintCopyBrowserTest extends PreviewInChromium {

    @TempDir
    static Path folder;

    private static String sha256;
    private static String sha1;

    @BeforeAll
    static void start() throws Exception {
        KeyStore store = DemoCertificates.keyStoreFor("example.org", Instant.now());
        Path file = folder.resolve("keystore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "changeit".toCharArray());
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate(store.aliases().nextElement());
        sha256 = colonHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        sha1 = colonHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        if (!startChromiumAndPreview("--keystore", file.toString())) {
            return; // each test skips, or fails under CI
        }
        chromium.use(Viewport.DESKTOP);
        chromium.use(Theme.LIGHT);
    }

    @AfterEach
    void restoreBrowser() {
        if (chromium == null) {
            return;
        }
        chromium.driver().executeCdpCommand("Browser.resetPermissions", Map.of());
        chromium.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    @Test
    void copyButtonPutsExactlyTheFingerprintOnTheClipboard() {
        allowClipboard();
        open();
        setClipboard("something else");
        WebElement button = copyButtonFor(sha256);
        button.click();
        waitForState(button, "copied");
        assertEquals(sha256, clipboard());
        assertEquals("Copied", button.getText().strip());
        assertEquals("Copied", statusNextTo(button).getAttribute("textContent"));
    }

    @Test
    void copyButtonWorksFromTheKeyboard() {
        allowClipboard();
        open();
        setClipboard("something else");
        WebElement button = copyButtonFor(sha1);
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 80 && !button.equals(chromium.driver().switchTo().activeElement()); i++) {
            new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
            visited.add(chromium.driver().switchTo().activeElement().getText());
        }
        assertEquals(button, chromium.driver().switchTo().activeElement(), "Tab never reached it; visited " + visited);
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        waitForState(button, "copied");
        assertEquals(sha1, clipboard());
    }

    @Test
    void withoutClipboardAccessTheFingerprintIsSelectedForCopyingByHand() {
        chromium.driver().executeCdpCommand("Browser.setPermission", Map.of("origin", origin,
                "permission", Map.of("name", "clipboard-write"), "setting", "denied"));
        chromium.driver().executeCdpCommand("Browser.setPermission", Map.of("origin", origin,
                "permission", Map.of("name", "clipboard-write", "allowWithoutSanitization", true),
                "setting", "denied"));
        open();
        WebElement button = copyButtonFor(sha256);
        button.click();
        waitForState(button, "selected");
        assertEquals(sha256, chromium.script("return window.getSelection().toString();"));
        WebElement status = statusNextTo(button);
        assertTrue(status.isDisplayed(), "the reader is told to copy it by hand");
        assertTrue(status.getText().startsWith("Could not copy"), status.getText());
    }

    @Test
    void everyFingerprintHasACopyButtonNamedByItsTerm() {
        open();
        List<WebElement> copyable = chromium.driver().findElements(By.cssSelector("code[data-copy]"));
        List<WebElement> buttons = chromium.driver().findElements(By.cssSelector("button.copy"));
        assertEquals(copyable.size(), buttons.size());
        List<String> described = new ArrayList<>();
        for (WebElement button : buttons) {
            String id = button.getAttribute("aria-describedby");
            described.add(chromium.driver().findElement(By.id(id)).getAttribute("textContent"));
        }
        assertEquals(List.of("SHA-256 fingerprint", "SHA-1 fingerprint",
                "SHA-256 of the public key, base64 (for pinning)"), described);
    }

    @Test
    void withoutScriptTheFingerprintIsPlainSelectableText() {
        chromium.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        open();
        assertTrue(chromium.driver().findElements(By.cssSelector("button.copy")).isEmpty());
        WebElement fingerprint = chromium.driver().findElement(By.cssSelector("code.fingerprint"));
        assertEquals(sha256, fingerprint.getText());
        assertEquals("all", fingerprint.getCssValue("user-select"), "one click selects it whole");
        new Actions(chromium.driver()).doubleClick(fingerprint).perform();
        assertEquals(sha256, chromium.script("return window.getSelection().toString();"));
    }

    @Test
    void fingerprintsAreGroupedInRunsOfFourBytes() {
        open();
        List<String> groups = chromium.driver().findElements(By.cssSelector("code.fingerprint"))
                .get(0).findElements(By.tagName("span")).stream().map(WebElement::getText).toList();
        assertEquals(8, groups.size(), groups.toString());
        assertEquals(sha256, String.join("", groups));
        assertFalse(groups.stream().anyMatch(g -> g.length() > 12), groups.toString());
    }

    private static void open() {
        chromium.driver().get(origin + "/help/using-conferences/");
    }

    private static void allowClipboard() {
        chromium.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    }

    private static WebElement copyButtonFor(String fingerprint) {
        return chromium.driver().findElement(By.xpath("//code[@data-copy='" + fingerprint
                + "']/following-sibling::span[@class='copy-actions']/button"));
    }

    private static WebElement statusNextTo(WebElement button) {
        return button.findElement(By.xpath("following-sibling::span[@role='status']"));
    }

    private static void waitForState(WebElement button, String state) {
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(5))
                .until(d -> state.equals(button.getAttribute("data-state")));
    }

    private static void setClipboard(String text) {
        Object result = chromium.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.writeText(arguments[0]).then(function () { done('ok'); },"
                + " function (e) { done('refused: ' + e); });", text);
        assertEquals("ok", result);
    }

    private static String clipboard() {
        return (String) chromium.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, function (e) { done('unreadable: ' + e); });");
    }

    private static String colonHex(byte[] digest) {
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(hex.length() == 0 ? "" : ":").append(String.format("%02X", b & 0xff));
        }
        return hex.toString();
    }
}
