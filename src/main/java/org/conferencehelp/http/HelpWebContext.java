package org.conferencehelp.http;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import javax.servlet.http.HttpServletRequest;
import org.conferencehelp.page.SitePaths;
import org.eclipse.jetty.ee8.nested.ErrorHandler;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;

/**
 * The Jetty context that serves the help site: the same in Openfire (added to its public web server) and in the
 * standalone preview.
 */
public final class HelpWebContext {

    private HelpWebContext() {
    }

    public static ServletContextHandler create(PageCache pages, Clock clock, ClassLoader classLoader) {
        ServletContextHandler context = new ServletContextHandler(null, SitePaths.CONTEXT,
                ServletContextHandler.NO_SESSIONS);
        context.setClassLoader(classLoader);
        // "/help" itself goes to the servlet too: otherwise Jetty answers it with its own redirect to "/help/",
        // which lacks the security headers, keeps an invalid ?lang=, and costs a second hop.
        context.setAllowNullPathInfo(true);
        context.addServlet(new ServletHolder("conferencehelp", new HelpServlet(pages, clock)), "/*");
        context.setErrorHandler(new PlainErrorHandler());
        return context;
    }

    /** Errors Jetty itself answers (a malformed request, say) get one plain line: no stack, no server details. */
    static final class PlainErrorHandler extends ErrorHandler {
        PlainErrorHandler() {
            setShowStacks(false);
            setShowServlet(false);
            setShowMessageInTitle(false);
        }

        @Override
        protected void writeErrorPage(HttpServletRequest request, Writer writer, int code, String message,
                                      boolean showStacks) throws IOException {
            String pages = SitePaths.CONTEXT + "/";
            writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + code
                    + "</title></head><body><p>Error " + code + ". The help pages are at <a href=\"" + pages
                    + "\">" + pages + "</a>.</p></body></html>");
        }
    }
}
