package org.conferencehelp.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.velocity.VelocityContext;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.page.Language;
import org.conferencehelp.page.Messages;
import org.conferencehelp.render.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin console page: its status and settings form on GET; on POST a change, saved only when it comes from a
 * logged-in administrator, carries the token of the form last shown, and has no problem. A saved change answers with
 * a redirect to the page (so that reloading does not post it again); a change with problems shows the form again
 * with what was typed and a message per problem; any other refused change shows a flash message and changes
 * nothing.
 */
public final class ConsolePage {

    private static final Logger LOG = LoggerFactory.getLogger(ConsolePage.class);
    static final String TEMPLATES = "org/conferencehelp/admin/";
    /** The menu entry of plugin.xml's {@code <adminconsole>} this page belongs to. */
    public static final String PAGE_ID = "conferencehelp-console";

    /** Where the page reads the world from, and where it keeps its settings. */
    public record Sources(Supplier<ServerFacts> facts, Supplier<PublicWebServer> webServer,
                          ConsoleSettings settings, ConsoleSession session) {
    }

    private final Sources sources;
    private final Map<Language, Messages> messages;
    private final Supplier<Language> adminLanguage;
    private final Templates templates = new Templates(TEMPLATES, false);

    /** @param adminLanguage the language the admin console speaks (Openfire's own locale) */
    public ConsolePage(Sources sources, Map<Language, Messages> messages, Supplier<Language> adminLanguage) {
        this.sources = sources;
        this.messages = messages;
        this.adminLanguage = adminLanguage;
    }

    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name()); // before any parameter is read
        Messages t = messages.get(adminLanguage.get());
        ConsoleSession session = sources.session();
        if (!session.isAdministrator(request)) {
            // Openfire's login filter keeps strangers out before this; this is the second lock, not the first.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        switch (request.getMethod()) {
            case "GET", "HEAD" -> show(request, response, t, SettingsForm.fields(sources.settings().read()),
                    List.of());
            case "POST" -> change(request, response, t);
            default -> {
                response.setHeader("Allow", "GET, HEAD, POST");
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        }
    }

    private void change(HttpServletRequest request, HttpServletResponse response, Messages t) throws IOException {
        ConsoleSession session = sources.session();
        if (!session.spendFormToken(request)) {
            session.flash(request, new Flash(Flash.Level.ERROR, t.get("console.csrf.failed")));
            redirectToSelf(request, response);
            return;
        }
        SettingsForm.Submission submission = SettingsForm.read(request.getParameterMap());
        if (!submission.valid()) {
            show(request, response, t, submission.typed(), submission.problems());
            return;
        }
        sources.settings().save(submission.values());
        LOG.info("The help page's settings were changed in the admin console.");
        session.flash(request, new Flash(Flash.Level.SUCCESS, t.get("console.saved")));
        redirectToSelf(request, response);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Messages t,
                      Map<String, String> fields, List<SettingsForm.Problem> problems) throws IOException {
        ConsoleSession session = sources.session();
        ConsoleStatus status = ConsoleStatus.of(sources.facts().get(), sources.webServer().get(), t);
        ConsoleModel model = ConsoleModel.of(t, PAGE_ID, session.formToken(request), session.takeFlashes(request),
                status, fields, problems);
        VelocityContext context = Templates.escapingContext();
        context.put("m", model);
        context.put("t", t);
        byte[] body = templates.merge("console", context).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** After a change, to the page itself (303: the browser follows with a GET). */
    private static void redirectToSelf(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getRequestURI());
    }
}
