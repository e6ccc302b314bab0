package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.conferencehelp.HelpSite;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fifty plugin loads and unloads on one running Jetty, done as Openfire does them: the context is added to the
 * running server's handler sequence and started, serves a request, then is removed, stopped and destroyed, and
 * the site closed. Nothing of a closed site may stay behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleTest {

    private static final int CYCLES = 50;

    /** Each closed site, its Jetty context and its live facts: the HelpSite object alone is held by nothing. */
    private final List<WeakReference<Object>> closedSites = new ArrayList<>();
    private final List<Thread> threadsLeftBehind = new ArrayList<>();
    private final List<Integer> statuses = new ArrayList<>();
    private Server server;

    @BeforeAll
    void loadAndUnloadFiftyTimes() throws Exception {
        server = TestSite.newServer();
        Handler.Sequence extensions = new Handler.Sequence(true, List.of());
        server.setHandler(extensions);
        server.start();
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            HelpSite site = TestSite.newHelpSite();
            Handler context = site.context().get();
            extensions.addHandler(context);
            context.start();
            statuses.add(get(port));

            extensions.removeHandler(context);
            context.stop();
            site.context().destroy();
            site.close();

            closedSites.add(new WeakReference<>(site));
            closedSites.add(new WeakReference<>(site.context()));
            threadsLeftBehind.addAll(threadsStillAliveAfterASecond());
        }
        statuses.add(get(port));
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void everyLoadedSiteServedThePageAndAnUnloadedOneNoLonger() {
        List<Integer> expected = new ArrayList<>(Collections.nCopies(CYCLES, 200));
        expected.add(404);
        assertEquals(expected, statuses);
    }

    @Test
    void leavesNoThreadBehind() {
        assertEquals(List.of(), threadsLeftBehind.stream().map(Thread::getName).toList());
    }

    @Test
    void leavesNoReferenceToAClosedSite() throws InterruptedException {
        for (int attempt = 0; attempt < 10 && closedSites.stream().anyMatch(r -> r.get() != null); attempt++) {
            System.gc();
            Thread.sleep(100);
        }
        long kept = closedSites.stream().filter(r -> r.get() != null).count();
        assertEquals(0, kept, kept + " of " + closedSites.size() + " parts of closed sites are still referenced");
    }

    /** One GET on a connection of its own, closed afterwards, so no kept-alive connection holds on to a site. */
    private static int get(int port) throws Exception {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            return connection.exchange("GET", TestSite.PAGE, List.of("Connection", "close")).status();
        }
    }

    /**
     * The site's threads still alive a second after it closed. A pool's {@code awaitTermination} returns once its
     * last worker has left the pool, a moment before that thread has finished dying (it is then in the JVM's exit
     * path, without a Java frame); such a thread is not left behind, so they get a second to end.
     */
    private List<Thread> threadsStillAliveAfterASecond() throws InterruptedException {
        long deadline = System.nanoTime() + 1_000_000_000L;
        List<Thread> alive = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("conferencehelp-") && !threadsLeftBehind.contains(thread)) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (thread.isAlive()) {
                    alive.add(thread);
                }
            }
        }
        return alive;
    }
}
