package org.conferencehelp.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Requests from several threads while another thread keeps changing the server under them. */
final class Concurrently {

    private Concurrently() {
    }

    /**
     * GETs {@code path} {@code perThread} times from each of {@code threads} threads while {@code change} runs
     * again and again on one more thread, and returns every response.
     */
    static List<TestSite.Response> request(TestSite site, int threads, int perThread, String path, Runnable change)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        AtomicBoolean requesting = new AtomicBoolean(true);
        try {
            Future<Integer> changer = pool.submit(() -> {
                int changes = 0;
                while (requesting.get()) {
                    change.run();
                    changes++;
                    Thread.sleep(10);
                }
                return changes;
            });
            List<Future<List<TestSite.Response>>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    List<TestSite.Response> responses = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        responses.add(site.get(path));
                    }
                    return responses;
                }));
            }
            List<TestSite.Response> all = new ArrayList<>();
            for (Future<List<TestSite.Response>> client : clients) {
                all.addAll(client.get(60, TimeUnit.SECONDS));
            }
            requesting.set(false);
            if (changer.get(10, TimeUnit.SECONDS) < 2) {
                throw new IllegalStateException("the server hardly changed while the requests ran");
            }
            return all;
        } finally {
            requesting.set(false);
            pool.shutdownNow();
        }
    }
}
