package org.conferencehelp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's options for bench/run.sh: a static baseline on the same Jetty, and the refresh knobs. */
class PreviewBenchOptionsTest {

    @Test
    void benchmarkOptionsAreOffByDefault() {
        PreviewOptions options = PreviewOptions.parse();
        assertNull(options.staticDir());
        assertEquals(0, options.refreshSeconds());
        assertFalse(options.churn());
    }

    @Test
    void benchmarkOptionsAreParsed(@TempDir Path dir) {
        PreviewOptions options = PreviewOptions.parse("--static-dir", dir.toString(), "--refresh-seconds", "2",
                "--churn", "--rooms", "1000");
        assertEquals(dir, options.staticDir());
        assertEquals(2, options.refreshSeconds());
        assertTrue(options.churn());
        assertEquals(1000, options.rooms());
    }

    @Test
    void badBenchmarkOptionsAreRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--static-dir",
                dir.resolve("missing").toString()));
        assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--refresh-seconds", "0"));
        assertThrows(IllegalArgumentException.class, () -> PreviewOptions.parse("--static-dir"));
        assertTrue(PreviewOptions.USAGE.contains("--static-dir DIR"));
    }

    @Test
    void staticFilesAreServedNextToTheHelpPages(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><title>static</title>");
        PreviewServer preview = PreviewServer.start(PreviewOptions.parse("--port", "0", "--static-dir",
                dir.toString(), "--rooms", "3", "--churn", "--refresh-seconds", "1"));
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + preview.port();
            for (String baseline : new String[] {"/static/", "/static-servlet/"}) {
                HttpResponse<String> file = client.send(HttpRequest.newBuilder(URI.create(base + baseline
                        + "page.html")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, file.statusCode(), baseline);
                assertEquals("<!DOCTYPE html><title>static</title>", file.body(), baseline);
                HttpResponse<String> listing = client.send(HttpRequest.newBuilder(URI.create(base + baseline))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertFalse(listing.body().contains("page.html"), baseline + " lists no directory");
            }

            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                    URI.create(base + "/help/using-conferences/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("room-3@conference.example.org"), "generated rooms are listed");
        } finally {
            preview.stop();
        }
    }
}
