package org.conferencehelp.http;

import java.io.IOException;
import org.eclipse.jetty.ee8.nested.HttpOutput;
import org.eclipse.jetty.ee8.nested.Response;
import org.eclipse.jetty.http.HttpField;

/**
 * Writes into Jetty's own response: headers appended as pre-encoded fields, without {@code setHeader}'s look-ups
 * and encoding, and a body sent to the socket from a direct buffer made once (bench/RESULTS.md).
 */
record JettyResponseWriter(Response response) implements ResponseWriter {

    @Override
    public void add(HttpField header) {
        response.getHttpFields().add(header);
    }

    @Override
    public void status(int status) {
        response.setStatus(status);
    }

    @Override
    public void body(Representation representation, boolean gzip, boolean head) throws IOException {
        response.setContentLength((gzip ? representation.gzipped() : representation.body()).length);
        if (!head) {
            // Jetty's response hands out its own HttpOutput: the whole body in one write, without a copy.
            ((HttpOutput) response.getOutputStream()).sendContent(representation.direct(gzip));
        }
    }

    @Override
    public void body(byte[] bytes) throws IOException {
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
