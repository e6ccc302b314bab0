package org.conferencehelp.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send (malformed targets, odd methods),
 * kept alive between requests and reopened when the server closes it.
 */
final class RawHttpConnection implements AutoCloseable {

    /** One response, read whole; header names lower-cased. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }
    }

    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttpConnection(int port) {
        this.port = port;
    }

    /**
     * Sends one request and reads its response. The target goes out as its UTF-8 bytes, unchecked; headers are
     * name, value pairs. Retries once on a fresh connection if the kept-alive one turned out closed.
     */
    Response exchange(String method, String target, List<String> headers) throws IOException {
        byte[] request = request(method, target, headers);
        for (int attempt = 0; ; attempt++) {
            boolean reused = socket != null;
            try {
                if (socket == null) {
                    open();
                }
                out.write(request);
                out.flush();
                return read(method);
            } catch (IOException e) {
                close();
                if (!reused || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private static byte[] request(String method, String target, List<String> headers) {
        StringBuilder text = new StringBuilder().append(method).append(' ').append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < headers.size(); i += 2) {
            text.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(15000);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private Response read(String method) throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(header.substring(colon + 1).strip());
        }
        Response response;
        String length = first(headers, "content-length");
        boolean untilClosed = false;
        if (method.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            response = new Response(status, headers, new byte[0]);
        } else if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
            response = new Response(status, headers, chunked());
        } else if (length != null) {
            response = new Response(status, headers, in.readNBytes(Integer.parseInt(length)));
        } else {
            response = new Response(status, headers, in.readAllBytes());
            untilClosed = true;
        }
        if (untilClosed || "close".equalsIgnoreCase(first(headers, "connection"))) {
            close();
        }
        return response;
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
             size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        while (!line().isEmpty()) { // trailers
        }
        return body.toByteArray();
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
