package org.conferencehelp.openfire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.annotation.Nonnull;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import org.conferencehelp.admin.ConsoleSession;
import org.conferencehelp.admin.Flash;

/**
 * The admin console's session as Openfire keeps it. Openfire's login filter admits only administrators to plugin
 * pages and stores their login as {@code jive.admin.authToken}. With {@code <csrfProtectionEnabled>} in plugin.xml,
 * Openfire's PluginServlet refuses a POST whose {@code csrf} parameter is not the session's current token, then
 * issues a new token for every request (request attribute {@code csrf}); the form carries that one. This class
 * checks the token a second time, as a one-time token of its own: Openfire's check already ran, but this page's
 * protection must not depend on the servlet in front of it. Flash messages use the admin console's session keys.
 */
public final class OpenfireConsoleSession implements ConsoleSession {

    static final String AUTH_TOKEN = "jive.admin.authToken";
    static final String CSRF = "csrf";
    /** The token of the form this page showed last, spent by the next change. */
    static final String FORM_TOKEN = "conferencehelp.console.csrf";

    private final SecureRandom random = new SecureRandom();

    @Override
    public boolean isAdministrator(@Nonnull HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(AUTH_TOKEN) != null;
    }

    @Override
    public String formToken(@Nonnull HttpServletRequest request) {
        Object issued = request.getAttribute(CSRF);
        String token = issued instanceof String openfires && !openfires.isEmpty() ? openfires : newToken();
        request.getSession().setAttribute(FORM_TOKEN, token);
        return token;
    }

    @Override
    public boolean spendFormToken(@Nonnull HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object expected = session.getAttribute(FORM_TOKEN);
        session.removeAttribute(FORM_TOKEN);
        String given = request.getParameter(CSRF);
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flash(@Nonnull HttpServletRequest request, @Nonnull Flash flash) {
        request.getSession().setAttribute(flash.level().key(), flash.text());
    }

    /** As Openfire's own flash message tag reads them (and as PluginServlet leaves its CSRF error). */
    @Override
    public List<Flash> takeFlashes(@Nonnull HttpServletRequest request) {
        List<Flash> flashes = new ArrayList<>();
        HttpSession session = request.getSession(false);
        if (session == null) {
            return flashes;
        }
        for (Flash.Level level : Flash.Level.values()) {
            Object text = session.getAttribute(level.key());
            if (text != null) {
                flashes.add(new Flash(level, text.toString()));
                session.removeAttribute(level.key());
            }
        }
        return flashes;
    }

    /** Used only when no PluginServlet issued one (the page reached some other way). */
    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
