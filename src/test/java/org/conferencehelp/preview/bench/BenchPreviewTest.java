package org.conferencehelp.preview.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conferencehelp.chat.RoomListing;
import org.conferencehelp.chat.ServiceListing;
import org.conferencehelp.preview.DemoServer;
import org.conferencehelp.preview.PreviewServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the benchmark's comparisons rest on: its baselines serve the very bytes the live page sent, with a 200 and no
 * directory listing; and with {@code --churn} every refresh really changes the page (else the churn scenario would
 * measure cached pages only).
 */
class BenchPreviewTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void theBaselinesServeTheLivePagesBytes(@TempDir Path dir) throws Exception {
        PreviewServer preview = BenchPreview.start("--port", "0", "--static-dir", dir.toString(), "--rooms", "3");
        try {
            String base = "http://127.0.0.1:" + preview.port();
            byte[] live = get(base + "/help/using-conferences/").body();
            Files.write(dir.resolve("page.html"), live);
            for (String baseline : List.of("/static/", "/static-servlet/")) {
                HttpResponse<byte[]> file = get(base + baseline + "page.html");
                assertEquals(200, file.statusCode(), baseline);
                assertEquals(new String(live), new String(file.body()), baseline);
                assertFalse(new String(get(base + baseline).body()).contains("page.html"),
                        baseline + " lists no directory");
            }
        } finally {
            preview.stop();
        }
    }

    @Test
    void churnChangesTheLobbyAtEveryReading() {
        ChurningRooms rooms = new ChurningRooms(new DemoServer("example.org", 0));

        int first = lobby(rooms.services()).occupants();
        int second = lobby(rooms.services()).occupants();
        int third = lobby(rooms.services()).occupants();

        assertNotEquals(first, second);
        assertNotEquals(second, third);
    }

    @Test
    void churnChangesTheServedPageAtEveryRefresh() throws Exception {
        PreviewServer preview = BenchPreview.start("--port", "0", "--churn", "--refresh-seconds", "1");
        try {
            String page = "http://127.0.0.1:" + preview.port() + "/help/using-conferences/";
            String before = get(page).headers().firstValue("ETag").orElseThrow();
            String after = before;
            for (int i = 0; i < 50 && after.equals(before); i++) { // one refresh a second: bounded wait
                Thread.sleep(100);
                after = get(page).headers().firstValue("ETag").orElseThrow();
            }
            assertNotEquals(before, after);
        } finally {
            preview.stop();
        }
    }

    private static RoomListing lobby(List<ServiceListing> services) {
        return services.get(0).rooms().get(0);
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
