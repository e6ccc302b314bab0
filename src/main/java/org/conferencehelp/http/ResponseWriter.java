package org.conferencehelp.http;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee8.nested.Response;
import org.eclipse.jetty.http.HttpField;

/**
 * How the servlet writes a response, chosen once per request: straight into Jetty's own response when it gets
 * one, through the servlet API when a filter wrapped it. Headers are added once each, to a response that has none
 * of them yet (this context has no filters of its own), so neither way searches for an earlier header of a name.
 */
interface ResponseWriter {

    static ResponseWriter of(HttpServletResponse response) {
        return response instanceof Response jetty ? new JettyResponseWriter(jetty)
                : new ServletResponseWriter(response);
    }

    /** Adds a header, encoded once for all requests. */
    void add(HttpField header);

    void status(int status);

    /** Sends the representation's identity or gzip bytes, with their length; nothing but the length for HEAD. */
    void body(Representation representation, boolean gzip, boolean head) throws IOException;

    /** Sends the bytes, with their length. */
    void body(byte[] bytes) throws IOException;
}
