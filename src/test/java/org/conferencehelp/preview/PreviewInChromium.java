package org.conferencehelp.preview;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test shares: one headless Chromium and one preview per test class, both stopped after it, and
 * a per-test skip (or, under CI, failure) when Chromium is not installed.
 */
abstract class PreviewInChromium {

    static HeadlessChromium chromium;
    static PreviewServer preview;

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
