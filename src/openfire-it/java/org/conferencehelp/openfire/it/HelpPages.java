package org.conferencehelp.openfire.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.conferencehelp.tls.TrustEverything;

/** The plugin's pages on Openfire's public web server, over plain HTTP or HTTPS, as a browser or a script reads them. */
final class HelpPages {

    static final String PAGE = "/help/using-conferences/";
    static final String DEFINITIONS = "/help/definitions/";
    static final String JSON = "/help/using-conferences.json";

    private static final ObjectMapper JACKSON = new ObjectMapper();

    /** One answer, read whole. */
    record Response(int status, HttpHeaders headers, String body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final String address;
    private final int httpPort;
    private final int httpsPort;
    private final HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient tls = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .sslContext(TrustEverything.context()).build();

    HelpPages(OpenfireServer server) {
        this.address = server.address();
        this.httpPort = server.ports().http();
        this.httpsPort = server.ports().https();
    }

    Response get(String path) throws IOException, InterruptedException {
        return get(plain, "http://" + address + ":" + httpPort + path);
    }

    Response getOverTls(String path) throws IOException, InterruptedException {
        return get(tls, "https://" + address + ":" + httpsPort + path);
    }

    /** The JSON view as it is now; fails unless it answers 200. */
    JsonNode json() throws IOException, InterruptedException {
        Response response = get(JSON);
        if (response.status() != 200) {
            throw new IOException(JSON + " answered " + response.status());
        }
        return JACKSON.readTree(response.body());
    }

    private static Response get(HttpClient client, String uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10))
                .header("Accept-Language", "en").build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }
}
