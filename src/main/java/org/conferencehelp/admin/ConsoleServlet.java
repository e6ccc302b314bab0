package org.conferencehelp.admin;

import java.io.IOException;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves the {@link ConsolePage}, found when a request comes: the admin console creates its servlets before the
 * plugin starts, and keeps them while it stops.
 */
public class ConsoleServlet extends HttpServlet {

    private final transient Supplier<ConsolePage> page;

    /** @param page the page, or {@code null} while the plugin is not running */
    public ConsoleServlet(Supplier<ConsolePage> page) {
        this.page = page;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsolePage current = page.get();
        if (current == null) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        current.handle(request, response);
    }
}
