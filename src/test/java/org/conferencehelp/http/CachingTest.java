package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditional GET, HEAD, gzip and Vary, as a browser and a cache see them. */
class CachingTest {

    private TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = new TestSite().start();
    }

    @AfterEach
    void stop() throws Exception {
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {TestSite.PAGE, TestSite.DEFINITIONS, TestSite.JSON, "/help/assets/style.css"})
    void carriesAnEtagAndAnHttpDateLastModified(String path) throws Exception {
        TestSite.Response response = site.get(path);
        String etag = response.header("ETag");
        assertNotNull(etag);
        assertTrue(etag.matches("\"[^\"]+\""), "not a strong entity tag: " + etag);
        DateTimeFormatter.RFC_1123_DATE_TIME.parse(response.header("Last-Modified"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestSite.PAGE, TestSite.JSON, "/help/assets/page.js"})
    void answersNotModifiedWithoutABodyToTheCurrentEtag(String path) throws Exception {
        String etag = site.get(path).header("ETag");
        TestSite.Response response = site.get(path, "If-None-Match", etag);
        assertEquals(304, response.status());
        assertEquals(0, response.body().length);
        assertEquals(etag, response.header("ETag"));
    }

    @Test
    void answersNotModifiedToTheLastModifiedDate() throws Exception {
        String lastModified = site.get(TestSite.PAGE).header("Last-Modified");
        TestSite.Response response = site.get(TestSite.PAGE, "If-Modified-Since", lastModified);
        assertEquals(304, response.status());
        assertEquals(0, response.body().length);
    }

    @Test
    void answersInFullToAnOlderDate() throws Exception {
        ZonedDateTime lastModified = ZonedDateTime.parse(site.get(TestSite.PAGE).header("Last-Modified"),
                DateTimeFormatter.RFC_1123_DATE_TIME);
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.minusSeconds(1));
        assertEquals(200, site.get(TestSite.PAGE, "If-Modified-Since", earlier).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "", "Sun, 32 Foo 1994 25:61:61 GMT", "0"})
    void answersInFullToADateItCannotRead(String date) throws Exception {
        TestSite.Response response = site.get(TestSite.PAGE, "If-Modified-Since", date);
        assertEquals(200, response.status());
        assertTrue(response.body().length > 0);
    }

    /** Header names are case-insensitive: the servlet finds the ones it reads whatever case the client sends. */
    @Test
    void readsRequestHeadersWhateverTheirCase() throws Exception {
        TestSite.Response first = site.get(TestSite.PAGE);
        TestSite.Response response = site.get(TestSite.PAGE, "accept-language", "de", "ACCEPT-ENCODING", "gzip");
        assertEquals("de", response.header("Content-Language"));
        assertEquals("gzip", response.header("Content-Encoding"));
        assertEquals(304, site.get(TestSite.PAGE, "if-none-match", first.header("ETag")).status());
        assertEquals(304, site.get(TestSite.PAGE, "IF-MODIFIED-SINCE", first.header("Last-Modified")).status());
    }

    @Test
    void answersInFullWithANewEtagAfterTheCertificatesChanged() throws Exception {
        TestSite.Response before = site.get(TestSite.PAGE);
        site.replaceKeyStore(TestSite.newKeyStore());

        TestSite.Response after = site.get(TestSite.PAGE, "If-None-Match", before.header("ETag"),
                "If-Modified-Since", before.header("Last-Modified"));

        assertEquals(200, after.status());
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertTrue(after.body().length > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {TestSite.PAGE, TestSite.JSON, "/help/assets/style.css", "/help/nope"})
    void answersHeadWithTheHeadersOfGetAndNoBody(String path) throws Exception {
        TestSite.Response get = site.get(path);
        TestSite.Response head = site.request("HEAD", path);
        assertEquals(get.status(), head.status());
        assertEquals(withoutDate(get), withoutDate(head));
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(get.body().length), head.header("Content-Length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TestSite.PAGE, TestSite.JSON, "/help/assets/page.js"})
    void gzipsForClientsThatAcceptIt(String path) throws Exception {
        TestSite.Response plain = site.get(path);
        TestSite.Response gzipped = site.get(path, "Accept-Encoding", "gzip, deflate");
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertArrayEquals(plain.body(), TestSite.gunzip(gzipped.body()));
        assertEquals(String.valueOf(gzipped.body().length), gzipped.header("Content-Length"));
        assertNotEquals(plain.header("ETag"), gzipped.header("ETag"), "both encodings share one strong ETag");
    }

    @Test
    void sendsIdentityToClientsThatRefuseGzip() throws Exception {
        TestSite.Response response = site.get(TestSite.PAGE, "Accept-Encoding", "gzip;q=0, identity");
        assertEquals(null, response.header("Content-Encoding"));
        assertTrue(response.text().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void variesThePageByLanguageAndEncoding() throws Exception {
        List<String> vary = varyOf(site.get(TestSite.PAGE));
        assertTrue(vary.contains("accept-language"), "Vary: " + vary);
        assertTrue(vary.contains("accept-encoding"), "Vary: " + vary);
    }

    @Test
    void variesTheJsonViewByEncoding() throws Exception {
        assertTrue(varyOf(site.get(TestSite.JSON)).contains("accept-encoding"));
    }

    private static List<String> varyOf(TestSite.Response response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(value -> List.of(value.split(",")).stream()).map(v -> v.strip().toLowerCase()).toList();
    }

    private static Map<String, List<String>> withoutDate(TestSite.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }
}
