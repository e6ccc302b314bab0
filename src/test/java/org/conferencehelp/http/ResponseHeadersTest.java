package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The protective headers come with every kind of answer; only GET and HEAD are served; errors say little. */
class ResponseHeadersTest {

    @RegisterExtension
    static final TestSite site = new TestSite();

    static Stream<Arguments> everyKindOfAnswer() {
        return Stream.of(
                Arguments.of(200, "GET", TestSite.PAGE, new String[0]),
                Arguments.of(200, "GET", TestSite.DEFINITIONS + "?lang=de", new String[0]),
                Arguments.of(200, "GET", TestSite.JSON, new String[0]),
                Arguments.of(200, "GET", "/help/assets/style.css", new String[0]),
                Arguments.of(200, "HEAD", TestSite.PAGE, new String[0]),
                Arguments.of(301, "GET", "/help", new String[0]),
                Arguments.of(301, "GET", "/help/", new String[0]),
                Arguments.of(301, "GET", "/help/using-conferences?lang=fr", new String[0]),
                Arguments.of(304, "GET", TestSite.PAGE, new String[] {"If-None-Match", "*"}),
                Arguments.of(304, "GET", TestSite.JSON, new String[] {"If-None-Match", "*"}),
                Arguments.of(404, "GET", "/help/nope", new String[0]),
                Arguments.of(404, "GET", "/help/assets/nope.js", new String[0]),
                Arguments.of(405, "POST", TestSite.PAGE, new String[0]),
                Arguments.of(405, "DELETE", "/help", new String[0]));
    }

    @ParameterizedTest(name = "{0} for {1} {2}")
    @MethodSource("everyKindOfAnswer")
    void carryTheProtectiveHeaders(int status, String method, String path, String[] headers) throws Exception {
        TestSite.Response response = site.request(method, path, headers);
        assertEquals(status, response.status());
        String policy = response.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("default-src 'none'"), "CSP: " + policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), "CSP: " + policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), "CSP: " + policy);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
    }

    /** The servlet appends its headers rather than replacing: none may come twice, gzip or not. */
    @ParameterizedTest(name = "{0} for {1} {2}")
    @MethodSource("everyKindOfAnswer")
    void carryEachHeaderOnce(int status, String method, String path, String[] headers) throws Exception {
        for (String[] encoding : new String[][] {headers, append(headers, "Accept-Encoding", "gzip")}) {
            TestSite.Response response = site.request(method, path, encoding);
            assertEquals(status, response.status());
            response.headers().map().forEach((name, values) ->
                    assertEquals(1, values.size(), name + " in " + response.headers().map()));
        }
    }

    private static String[] append(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"})
    void refusesEveryMethodButGetAndHead(String method) throws Exception {
        for (String path : new String[] {TestSite.PAGE, TestSite.JSON, "/help/assets/page.js", "/help", "/help/x"}) {
            TestSite.Response response = site.request(method, path);
            assertEquals(405, response.status(), method + " " + path);
            assertEquals("GET, HEAD", response.header("Allow"), method + " " + path);
            TestSite.assertNoInternals(response.text());
        }
    }

    @Test
    void refusesTraceWithoutEchoingTheRequest() throws Exception {
        TestSite.Response response = site.request("TRACE", TestSite.PAGE, "X-Canary", "canary-4711",
                "Cookie", "session=canary-4712");
        assertTrue(response.status() == 405 || response.status() == 400, "status " + response.status());
        assertFalse(response.text().contains("canary-47"), "TRACE echoed the request: " + response.text());
        assertFalse(response.text().contains("TRACE"), "TRACE echoed the request: " + response.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help/nope", "/help/assets/nope.css", "/help/assets/", "/help/using-conferences/extra",
            "/help/using-conferences.json/x", "/help/WEB-INF/web.xml", "/help/definitions/index.html",
            "/help/Using-Conferences/"})
    void answersUnknownPathsWithAPlainNotFound(String path) throws Exception {
        TestSite.Response response = site.get(path);
        assertEquals(404, response.status());
        assertTrue(response.header("Content-Type").startsWith("text/plain"), response.header("Content-Type"));
        assertEquals("Not found. The help pages are at /help/using-conferences/\n", response.text());
    }
}
