package org.conferencehelp.openfire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin taken out of a running Openfire and put back, as an administrator does it by deleting and copying
 * plugins/conferencehelp.jar (Openfire's plugin monitor, here every 2 s, does the rest). In this order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginReloadOpenfireIT {

    @RegisterExtension
    static final OpenfireExtension OPENFIRE = new OpenfireExtension("plugin-reload");

    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final String UNLOADED = "Successfully unloaded plugin 'conferencehelp'";
    private static final String LOADED = "Successfully loaded plugin 'conferencehelp";

    @Test
    @Order(1)
    void removingThePluginJarUnloadsItAndThePagesAnswer404() throws Exception {
        OpenfireServer server = OPENFIRE.server();
        HelpPages pages = new HelpPages(server);
        assertEquals(200, pages.get(HelpPages.JSON).status(), "served before");
        server.removePlugin();
        Duration gone = await("the pages answer 404", () -> status(pages, HelpPages.PAGE) == 404
                && status(pages, HelpPages.JSON) == 404);
        Duration logged = await("Openfire logs the unload", () -> log().count(UNLOADED) >= 1);
        RunLog.line(server.version(), "UNLOAD | pages 404 after " + RunLog.seconds(gone) + ", unload logged after "
                + RunLog.seconds(logged));
        assertEquals(404, status(pages, HelpPages.DEFINITIONS), HelpPages.DEFINITIONS);
    }

    @Test
    @Order(2)
    void puttingTheJarBackLoadsItAgainAndThePagesAreServed() throws Exception {
        OpenfireServer server = OPENFIRE.server();
        HelpPages pages = new HelpPages(server);
        long loadedBefore = log().count(LOADED);
        server.installPlugin();
        Duration served = await("the pages served again", () -> status(pages, HelpPages.JSON) == 200
                && status(pages, HelpPages.PAGE) != 404);
        Duration logged = await("Openfire logs the load", () -> log().count(LOADED) > loadedBefore);
        RunLog.line(server.version(), "RELOAD | served again after " + RunLog.seconds(served) + " (JSON 200, page "
                + status(pages, HelpPages.PAGE) + "), load logged after " + RunLog.seconds(logged));
        assertEquals(OpenfireServer.DOMAIN, pages.json().path("domain").asText());
        assertEquals(200, status(pages, HelpPages.PAGE), HelpPages.PAGE);
        assertEquals(200, status(pages, HelpPages.DEFINITIONS), HelpPages.DEFINITIONS);
    }

    @Test
    @Order(3)
    void theLogHasNoErrorFromOrAboutThePlugin() throws Exception {
        List<String> errors = log().pluginErrors();
        RunLog.line(OPENFIRE.server().version(), "LOG | " + errors.size() + " ERROR entries from or about the plugin in "
                + OPENFIRE.server().log());
        assertTrue(errors.isEmpty(), () -> errors.size() + " ERROR entries, the first lines of each:\n"
                + errors.stream().map(PluginReloadOpenfireIT::firstLines).collect(Collectors.joining("\n")));
    }

    /** The message and the exception of a log entry, without its stack trace (the whole entry is in the log). */
    private static String firstLines(String entry) {
        return entry.lines().limit(2).collect(Collectors.joining("\n"));
    }

    private static OpenfireLog log() {
        try {
            return OPENFIRE.server().readLog();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(HelpPages pages, String path) {
        try {
            return pages.get(path).status();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Duration await(String what, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < BOUND.toNanos()) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(250);
        }
        fail(what + ": not within " + BOUND.toSeconds() + " s");
        return BOUND;
    }
}
