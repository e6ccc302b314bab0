package org.conferencehelp.openfire.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Openfire's admin console, used as an administrator uses it: log in as admin, open a page, submit its form. Every
 * form carries the CSRF token the page just set as a cookie, as the console's pages check.
 */
final class AdminConsole {

    /** What a submitted form answered, after the redirects the console sends. */
    record Answer(int status, URI page, String body) {
    }

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private AdminConsole(int port) {
        this.base = URI.create("http://127.0.0.1:" + port + "/");
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static AdminConsole login(OpenfireServer server) throws IOException, InterruptedException {
        AdminConsole console = new AdminConsole(server.ports().admin());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("url", "");
        form.put("login", "true");
        form.put("username", "admin");
        form.put("password", "admin");
        Answer answer = console.submit("login.jsp", form);
        if (answer.page().getPath().endsWith("login.jsp")) {
            throw new IOException("the admin console did not log admin in: " + answer.status());
        }
        return console;
    }

    /** The admin console as a visitor who has not logged in sees it. */
    static AdminConsole anonymous(OpenfireServer server) {
        return new AdminConsole(server.ports().admin());
    }

    /** Opens {@code page}, following redirects. */
    Answer open(String page) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(page)).GET());
    }

    /**
     * Posts exactly {@code fields} to {@code page}: a plugin page's form carries its token as a field (the request
     * attribute Openfire's PluginServlet sets), not as the cookie Openfire's own pages use.
     */
    Answer post(String page, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens {@code page} (for its CSRF token), then posts {@code fields} to it. */
    Answer submit(String page, Map<String, String> fields) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(base.resolve(page)).GET());
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", csrf());
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.uri(), response.body());
    }

    private String csrf() throws IOException {
        return cookies.getCookieStore().get(base).stream()
                .filter(c -> c.getName().equals("csrf")).map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IOException("the admin console set no CSRF cookie"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
