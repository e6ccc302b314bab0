package org.conferencehelp.preview;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;

/**
 * Debian's headless Chromium, driven through its chromedriver, for the browser tests: one per test class, shared by
 * its tests. Without Chromium the tests are skipped locally, and fail under CI ({@code CI=true}).
 */
final class HeadlessChromium implements AutoCloseable {

    static final String INSTALL = "apt-get install chromium chromium-driver";

    /** The widths the pages are checked at: a desktop browser and a phone. */
    enum Viewport {
        DESKTOP(1280, 900, 1, false), PHONE(390, 844, 2, true);

        final int width;
        final int height;
        final int scale;
        final boolean mobile;

        Viewport(int width, int height, int scale, boolean mobile) {
            this.width = width;
            this.height = height;
            this.scale = scale;
            this.mobile = mobile;
        }
    }

    /** The reader's colour scheme preference ({@code prefers-color-scheme}). */
    enum Theme { LIGHT, DARK }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean toldWhySkipped;

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private HeadlessChromium(Path browser, Path chromedriver) throws IOException {
        profile = Files.createTempDirectory("conferencehelp-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options(browser, profile));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Why the browser tests cannot run on this machine, or {@code null} when Chromium and chromedriver are here. */
    static String notInstalled() {
        Path browser = browser();
        Path chromedriver = chromedriver();
        if (browser != null && chromedriver != null) {
            return null;
        }
        String missing = browser == null && chromedriver == null ? "Chromium and chromedriver"
                : browser == null ? "Chromium" : "chromedriver";
        return "The browser tests need headless Chromium and its chromedriver, but " + missing + " cannot be found "
                + "(looked on PATH; CHROME_BIN and CHROMEDRIVER may name them). Install them with: " + INSTALL;
    }

    /**
     * For {@code @BeforeEach}: skips the test when Chromium is not installed, and fails it instead under CI
     * ({@code CI=true}), where a skipped browser test would hide a broken page. (A skip in {@code @BeforeAll}
     * would vanish from Surefire's report; one per test shows, with its reason.)
     */
    static void assumeInstalled() {
        String reason = notInstalled();
        if (reason == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason + ". Under CI the browser tests must run, so this is a failure, not a skip.");
        }
        if (!toldWhySkipped) {
            toldWhySkipped = true;
            System.err.println("Skipping the browser tests. " + reason);
        }
        Assumptions.abort(reason);
    }

    /** Starts Chromium; see {@link #notInstalled()} first. */
    static HeadlessChromium launch() throws IOException {
        Path browser = browser();
        Path chromedriver = chromedriver();
        if (browser == null || chromedriver == null) {
            throw new IllegalStateException(notInstalled());
        }
        return new HeadlessChromium(browser, chromedriver);
    }

    /** Headless, quiet (no updates, sync or first-run pages), English, with its own throw-away profile. */
    private static ChromeOptions options(Path browser, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=1280,900", "--hide-scrollbars", "--lang=en-US");
        // The performance log lists every request the page makes (the same-origin check reads it).
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL", "browser", "ALL"));
        return options;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Sizes the viewport exactly (the window size would include no guarantee about the layout width). */
    void use(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width,
                "height", viewport.height, "deviceScaleFactor", viewport.scale, "mobile", viewport.mobile));
    }

    void use(Theme theme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", theme.name().toLowerCase()))));
    }

    /** Renders the page as printed (the print style sheet), until {@link #use(Theme)} sets screen media again. */
    void usePrintMedia() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Opens every disclosure, so that checks and screenshots cover what it hides. */
    void openAllDetails() {
        script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    }

    /** The whole page, not only the viewport, as a PNG. */
    byte[] fullPageScreenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0,
                        "width", ((Number) size.get("width")).doubleValue(),
                        "height", ((Number) size.get("height")).doubleValue(), "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Both widths in both colour schemes, for a {@code @MethodSource}: {@code HeadlessChromium#everyLook}. */
    static Stream<Arguments> everyLook() {
        return Stream.of(Viewport.values()).flatMap(v -> Stream.of(Theme.values()).map(t -> Arguments.of(v, t)));
    }

    /** Writes a screenshot under {@code target/screenshots} (or the folder failsafe names). */
    static Path save(String name, byte[] png) throws IOException {
        Path folder = Path.of(System.getProperty("conferencehelp.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        return Files.write(folder.resolve(name + ".png"), png);
    }

    /** The URLs of every request the browser sent since the log was last read. */
    List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get("performance")) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    urls.add(message.path("params").path("request").path("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    /** Drops whatever the performance and console logs hold so far. */
    void clearLogs() {
        driver.manage().logs().get("performance");
        driver.manage().logs().get("browser");
    }

    /** The source of axe-core, from the axe-core Selenium jar on the test class path. */
    static String axeSource() {
        try (InputStream in = HeadlessChromium.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path "
                        + "(it comes with com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static Path browser() {
        return executable("CHROME_BIN", "chromium", "chromium-browser", "google-chrome");
    }

    private static Path chromedriver() {
        return executable("CHROMEDRIVER", "chromedriver");
    }

    /** The executable an environment variable names, else the first of the names found on PATH. */
    private static Path executable(String variable, String... names) {
        String named = System.getenv(variable);
        if (named != null && !named.isBlank()) {
            Path path = Path.of(named);
            return Files.isExecutable(path) ? path : null;
        }
        String path = System.getenv("PATH");
        for (String name : names) {
            for (String folder : (path == null ? "/usr/bin" : path).split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
