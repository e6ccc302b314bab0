package org.conferencehelp.preview;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test shares: one headless Chromium and one preview per test class, both stopped after it, and
 * a per-test skip (or, under CI, failure) when Chromium is not installed.
 */
abstract class PreviewInChromium {

    static HeadlessChromium chromium;
    /** Where the preview answers, e.g. {@code http://127.0.0.1:40123}. */
    static String origin;
    private static PreviewServer preview;

    /**
     * For the test class's {@code @BeforeAll}: launches Chromium, and the preview with these options on a free port.
     * Starts nothing and answers false when Chromium is not installed (each test then skips, or fails under CI).
     */
    static boolean startChromiumAndPreview(String... options) throws Exception {
        if (HeadlessChromium.notInstalled() != null) {
            return false;
        }
        chromium = HeadlessChromium.launch();
        List<String> arguments = new ArrayList<>(List.of("--port", "0"));
        arguments.addAll(List.of(options));
        preview = PreviewServer.start(PreviewOptions.parse(arguments.toArray(String[]::new)));
        origin = "http://127.0.0.1:" + preview.port();
        return true;
    }

    @BeforeEach
    void needsChromium() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterAll
    static void stopBrowserAndPreview() throws Exception {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (preview != null) {
            preview.stop();
            preview = null;
        }
    }
}
