package org.conferencehelp.admin;

import java.util.List;
import javax.servlet.http.HttpServletRequest;

/**
 * The admin console's session, as the console page needs it: who is logged in, the token that proves a change came
 * from the form the console showed (against cross-site request forgery), and one-time messages. Openfire's
 * conventions live in the plugin's implementation; the page only asks.
 */
public interface ConsoleSession {

    /** Whether the request comes from a logged-in administrator. */
    boolean isAdministrator(HttpServletRequest request);

    /** The token the form shown in answer to this request carries; the next change must bring it back. */
    String formToken(HttpServletRequest request);

    /** Whether a change brings back the token of the form last shown; the token is used up either way. */
    boolean spendFormToken(HttpServletRequest request);

    /** Keeps a message for the next page shown in this session. */
    void flash(HttpServletRequest request, Flash flash);

    /** The messages kept for this page, now removed. */
    List<Flash> takeFlashes(HttpServletRequest request);
}
