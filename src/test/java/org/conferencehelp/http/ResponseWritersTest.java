package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.conferencehelp.HelpSite;
import org.conferencehelp.live.SiteSettings;
import org.conferencehelp.preview.DemoCertificates;
import org.conferencehelp.preview.DemoServer;
import org.conferencehelp.tls.HistoryStorage;
import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link ResponseWriter}: the servlet writes through {@link JettyResponseWriter} when it gets
 * Jetty's own response, and through {@link ServletResponseWriter} behind a wrapper (a filter in the server, say);
 * for every kind of request both must answer byte for byte the same.
 */
class ResponseWritersTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static Server direct;
    private static Server wrapped;
    private static final List<HelpSite> SITES = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        KeyStore store = DemoCertificates.keyStoreFor("example.org", NOW);
        direct = serve(site(store), false);
        wrapped = serve(site(store), true);
    }

    @AfterAll
    static void stop() throws Exception {
        direct.stop();
        wrapped.stop();
        SITES.forEach(HelpSite::close);
    }

    /** Each request as "METHOD path[|header]...". */
    static List<String> requests() {
        return requestParts().stream().map(parts -> String.join("|", parts)).toList();
    }

    private static List<String[]> requestParts() {
        List<String[]> requests = new ArrayList<>();
        for (String path : new String[] {"/help/using-conferences/", "/help/definitions/?lang=de",
                "/help/using-conferences.json", "/help/assets/style.css", "/help/assets/page.js"}) {
            for (String method : new String[] {"GET", "HEAD"}) {
                requests.add(new String[] {method, path});
                requests.add(new String[] {method, path, "Accept-Encoding: gzip, deflate, br"});
                requests.add(new String[] {method, path, "Accept-Encoding: gzip;q=0"});
                requests.add(new String[] {method, path, "Accept-Language: fr, en;q=0.5"});
            }
            requests.add(new String[] {"GET", path, "If-None-Match: *"});
            requests.add(new String[] {"GET", path, "If-Modified-Since: Wed, 25 Nov 2099 00:00:00 GMT"});
            requests.add(new String[] {"POST", path});
        }
        for (String path : new String[] {"/help", "/help/using-conferences?lang=nl", "/help/nope"}) {
            requests.add(new String[] {"GET", path});
        }
        return requests;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void answersTheSameThroughAWrapper(String spec) throws Exception {
        String[] request = spec.split("\\|");
        byte[] plain = exchange(direct, request);
        byte[] viaWrapper = exchange(wrapped, request);
        // The assets' Last-Modified is when each site started (not the fixed clock): compared for the pages only.
        boolean asset = request[1].contains("/assets/");
        assertEquals(headers(plain, asset), headers(viaWrapper, asset), String.join(" ", request));
        assertArrayEquals(body(plain), body(viaWrapper), String.join(" ", request));
    }

    private static HelpSite site(KeyStore store) {
        DemoServer demo = new DemoServer("example.org", 3);
        HelpSite site = new HelpSite(new HelpSite.Sources("example.org", demo, kind -> store, demo,
                HistoryStorage.NONE), SiteSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC),
                ResponseWritersTest.class.getClassLoader());
        SITES.add(site);
        return site;
    }

    private static Server serve(HelpSite site, boolean wrap) throws Exception {
        if (wrap) {
            Filter wrapper = (request, response, chain) -> chain.doFilter(
                    new HttpServletRequestWrapper((HttpServletRequest) request),
                    new HttpServletResponseWrapper((HttpServletResponse) response));
            site.context().addFilter(new FilterHolder(wrapper), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(site.context());
        server.start();
        return server;
    }

    /** One raw HTTP/1.1 exchange: the response's bytes as they came. */
    private static byte[] exchange(Server server, String[] request) throws Exception {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        StringBuilder text = new StringBuilder(request[0] + " " + request[1] + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 2; i < request.length; i++) {
            text.append(request[i]).append("\r\n");
        }
        text.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toByteArray();
        }
    }

    /** The status line and headers, in their order, without the Date (and the Last-Modified if asked). */
    private static List<String> headers(byte[] response, boolean withoutLastModified) {
        String head = new String(response, 0, headEnd(response), StandardCharsets.ISO_8859_1);
        return Arrays.stream(head.split("\r\n")).filter(line -> !line.regionMatches(true, 0, "Date:", 0, 5))
                .filter(line -> !withoutLastModified || !line.regionMatches(true, 0, "Last-Modified:", 0, 14))
                .toList();
    }

    private static byte[] body(byte[] response) {
        return Arrays.copyOfRange(response, headEnd(response) + 4, response.length);
    }

    private static int headEnd(byte[] response) {
        for (int i = 0; i + 3 < response.length; i++) {
            if (response[i] == '\r' && response[i + 1] == '\n' && response[i + 2] == '\r' && response[i + 3] == '\n') {
                return i;
            }
        }
        throw new AssertionError("no end of headers in " + new String(response, StandardCharsets.ISO_8859_1));
    }
}
