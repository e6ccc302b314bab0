package org.conferencehelp.http;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpField;

/** Writes through the servlet API, for a response that a filter wrapped. */
record ServletResponseWriter(HttpServletResponse response) implements ResponseWriter {

    @Override
    public void add(HttpField header) {
        response.setHeader(header.getName(), header.getValue());
    }

    @Override
    public void status(int status) {
        response.setStatus(status);
    }

    @Override
    public void body(Representation representation, boolean gzip, boolean head) throws IOException {
        byte[] bytes = gzip ? representation.gzipped() : representation.body();
        response.setContentLength(bytes.length);
        if (!head) {
            response.getOutputStream().write(bytes);
        }
    }

    @Override
    public void body(byte[] bytes) throws IOException {
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
