package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generated requests through the real Jetty: odd paths ({@code ..}, {@code %2e%2e}, {@code %00}, very long,
 * unicode), malformed queries and {@code lang=} values, random negotiation and conditional headers, random methods.
 * None may cause a 5xx, and every 200 must be one of the pages (parsed with jsoup), the JSON view (parsed with
 * Jackson) or one of the assets, and no answer may show a stack trace. Seeded: {@code -Dfuzz.seed=N}
 * replays a run.
 */
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    private static final int WORKERS = 4;
    private static final int REQUESTS_PER_WORKER = 2_600;

    /** The pages' own assets: a 200 for anything else must be a page or the JSON view. */
    private static final String[] ASSETS = {"/help/assets/page.js", "/help/assets/style.css",
            "/help/assets/icon.svg"};
    private static final String[] BASES = {"/help", "/help/", "/help/using-conferences", "/help/using-conferences/",
            "/help/definitions", "/help/definitions/", "/help/using-conferences.json", "/help/assets/page.js",
            "/help/assets/style.css", "/help/assets/icon.svg", "/help/assets/", "/", "/helpx", "/HELP/", "//help/",
            "/help//definitions/", "http://127.0.0.1/help/using-conferences/", "*"};
    private static final String[] SEGMENTS = {"..", "%2e%2e", "%2E%2E", ".", "%2e", "%00", "%", "%zz", "%c0%ae%c0%ae",
            "%ff%fe", "%e2%80%ae", "%2f", "%5c", "\\", "", ";jsessionid=x", ";a=b", "..;", "%252e%252e", "WEB-INF",
            "META-INF", "assets", "page.js", "style.css", "icon.svg", "using-conferences", "using-conferences.json",
            "definitions", "é", "%C3%A9", "\u202E", "\uFB00", "\uD83D\uDE00", "index.html", "~", "*", "help", "a%20b",
            "<script>", "%3Cscript%3E", "\"", "'", "{}", "|", "^"};
    private static final String[] LANGS = {"de", "fr", "es", "nl", "en", "xx", "DE", "de-AT", "de_AT", "", "%",
            "%zz", "%E2%80%AE", "de%00", "..%2f", "%3Cscript%3E", "*", "zh-Hant-TW", "q=1", "de;q=0", "%C3%A9",
            "de-" + "x".repeat(40), "+de+", "de%2Cfr"};
    private static final String[] ACCEPT_LANGUAGES = {"de", "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "*", "xx",
            "", ";;;", "de;q=abc", "de;q=2", "de;q=-1", "q=0.5", "de,".repeat(300), "nl;q=0.000, es;q=0.001",
            "de-DE-x-private;q=0.9", "ÿ", ",,,,", "en-US,en;q=0.9", "de;q=1.0000001", "de;Q=0.5"};
    private static final String[] ACCEPT_ENCODINGS = {"gzip", "gzip;q=0", "deflate, gzip;q=1.0, *;q=0.5", "br", "*",
            "identity", "gzip;q=0.000", "GZIP", ";q=", "gzip;q=0.0001", "x-gzip", "gzip, gzip, gzip",
            "gzip;q=0;q=1", ","};
    private static final String[] DATES = {"Thu, 01 Jan 1970 00:00:00 GMT", "garbage", "Sun, 06 Nov 1994 08:49:37 GMT",
            "Fri, 31 Dec 9999 23:59:59 GMT", "-1", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "",
            "Mon, 02 Mar 2026 10:00:05 GMT", "Wed, 25 Nov 2099 00:00:00 GMT", "99999999999999999999"};
    private static final String[] METHODS = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "PROPFIND",
            "CONNECT", "get", "FOO", "MKCOL", "LOCK"};

    private final Map<String, Boolean> checkedBodies = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sent = new AtomicInteger();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void tenThousandGeneratedRequestsNeverCauseA5xxAndEvery200IsAPageTheJsonOrAnAsset() throws Exception {
        try (TestSite site = new TestSite().start()) {
            List<String> etags = etags(site);
            List<byte[]> assets = new ArrayList<>();
            for (String asset : ASSETS) {
                assets.add(site.get(asset).body());
            }
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    int worker = w;
                    running.add(workers.submit(() -> {
                        run(site.port(), new Random(SEED + worker), worker, etags, assets);
                        return null;
                    }));
                }
                for (Future<?> worker : running) {
                    worker.get();
                }
            } finally {
                workers.shutdownNow();
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures (seed " + SEED + "), the first:\n"
                + String.join("\n", failures.stream().limit(10).toList()));
        assertEquals(WORKERS * REQUESTS_PER_WORKER, sent.get());
    }

    private void run(int port, Random random, int worker, List<String> etags, List<byte[]> assets) {
        try (RawHttpConnection connection = new RawHttpConnection(port)) {
            for (int i = 0; i < REQUESTS_PER_WORKER; i++) {
                String method = method(random);
                String target = path(random) + query(random);
                List<String> headers = headers(random, etags);
                String request = "worker " + worker + " #" + i + ": " + method + " " + abbreviated(target) + " "
                        + abbreviated(String.join("|", headers));
                try {
                    RawHttpConnection.Response response = connection.exchange(method, target, headers);
                    sent.incrementAndGet();
                    check(method, response, assets, request);
                } catch (Exception e) {
                    failures.add(request + " -> " + e);
                }
            }
        }
    }

    private void check(String method, RawHttpConnection.Response response, List<byte[]> assets, String request)
            throws Exception {
        int status = response.status();
        if (status >= 500 || status < 100) {
            failures.add(request + " -> " + status);
            return;
        }
        byte[] body = "gzip".equals(response.header("Content-Encoding")) && response.body().length > 0
                ? TestSite.gunzip(response.body()) : response.body();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.contains("Exception") || text.contains("\tat ")) {
            failures.add(request + " -> " + status + " with a stack trace: " + abbreviated(text));
            return;
        }
        if (status != 200 || method.equals("HEAD")) {
            return;
        }
        String type = String.valueOf(response.header("Content-Type"));
        String key = type + " " + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(body));
        if (checkedBodies.containsKey(key)) { // the same bytes were already checked
            return;
        }
        boolean fine;
        if (type.startsWith("text/html")) {
            Document page = Jsoup.parse(text);
            fine = !page.select("html[lang]").isEmpty() && page.selectFirst("main#main h1") != null
                    && page.title().endsWith("example.org");
        } else if (type.startsWith("application/json")) {
            fine = TestSite.strictJson(body).get("domain").textValue().equals(TestSite.DOMAIN);
        } else {
            fine = assets.stream().anyMatch(asset -> Arrays.equals(asset, body));
        }
        if (fine) {
            checkedBodies.put(key, true);
        } else {
            failures.add(request + " -> 200 with an unexpected body of type " + type + ": "
                    + abbreviated(text));
        }
    }

    private static String method(Random random) {
        int roll = random.nextInt(100);
        return roll < 65 ? "GET" : roll < 80 ? "HEAD" : pick(random, METHODS);
    }

    private static String path(Random random) {
        StringBuilder path = new StringBuilder(pick(random, BASES));
        int segments = random.nextInt(100) < 45 ? 0 : 1 + random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            if (path.charAt(path.length() - 1) != '/') {
                path.append('/');
            }
            path.append(random.nextInt(40) == 0 ? "a".repeat(500 + random.nextInt(9000)) : pick(random, SEGMENTS));
        }
        if (random.nextInt(10) == 0) {
            path.append(pick(random, new String[] {"/", "?", "#frag", "%", "/.", "/..", ";"}));
        }
        return path.toString();
    }

    private static String query(Random random) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            int kind = random.nextInt(10);
            pairs.add(switch (kind) {
                case 0 -> "lang";
                case 1 -> "=" + pick(random, LANGS);
                case 2 -> "a=%%%" + pick(random, LANGS);
                case 3 -> "lang=" + "%C3".repeat(random.nextInt(1200));
                case 4 -> "x=" + pick(random, SEGMENTS);
                default -> "lang=" + pick(random, LANGS);
            });
        }
        return "?" + String.join(random.nextBoolean() ? "&" : "&&", pairs);
    }

    private static List<String> headers(Random random, List<String> etags) {
        List<String> headers = new ArrayList<>();
        if (random.nextInt(100) < 60) {
            headers.addAll(List.of("Accept-Language", pick(random, ACCEPT_LANGUAGES)));
        }
        if (random.nextInt(100) < 50) {
            headers.addAll(List.of("Accept-Encoding", pick(random, ACCEPT_ENCODINGS)));
        }
        if (random.nextInt(100) < 20) {
            String[] tags = {"*", "\"abc\"", "W/\"x\"", "\"", ",,,,", pick(random, etags.toArray(String[]::new)),
                    "W/" + etags.get(0), etags.get(0) + ", \"other\"", "\"" + "x".repeat(3000) + "\""};
            headers.addAll(List.of("If-None-Match", pick(random, tags)));
        }
        if (random.nextInt(100) < 20) {
            headers.addAll(List.of("If-Modified-Since", pick(random, DATES)));
        }
        if (random.nextInt(100) < 5) {
            headers.addAll(List.of("X-" + HexFormat.of().toHexDigits(random.nextInt()), pick(random, SEGMENTS)));
        }
        return headers;
    }

    /** The entity tags the site hands out now, so that some generated conditions match. */
    private static List<String> etags(TestSite site) throws Exception {
        List<String> etags = new ArrayList<>();
        for (String path : new String[] {TestSite.PAGE, TestSite.JSON, TestSite.DEFINITIONS}) {
            etags.add(site.get(path).header("ETag"));
            etags.add(site.get(path, "Accept-Encoding", "gzip").header("ETag"));
        }
        return etags;
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + ")" : text;
    }
}
