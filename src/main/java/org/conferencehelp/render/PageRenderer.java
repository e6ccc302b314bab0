package org.conferencehelp.render;

import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.conferencehelp.chat.ChatApps;
import org.conferencehelp.chat.DirectorySnapshot;
import org.conferencehelp.live.ServerFacts;
import org.conferencehelp.page.HelpPage;
import org.conferencehelp.page.Language;
import org.conferencehelp.page.Messages;
import org.conferencehelp.page.PageModel;

/**
 * Renders the help pages from their Velocity templates: a page template for the body, inside a shared layout.
 * Templates get the page's {@link PageModel} as {@code $page}, its fixed labels as {@code $t}, and QR codes from
 * {@code $qr}. Every inserted value is escaped unless it is {@link TrustedHtml}; strict mode turns a misspelt
 * reference into an error instead of a silently empty spot.
 */
public final class PageRenderer {

    static final String TEMPLATES = "org/conferencehelp/render/templates/";
    static final String ROOM_TEMPLATE = "room";

    private final Templates templates;
    private final Map<Language, Messages> messages;
    private final QrCodes qrCodes = new QrCodes();

    public PageRenderer(Map<Language, Messages> messages) {
        this(messages, TEMPLATES);
    }

    /** With templates from another class path folder: for tests of a broken template. */
    PageRenderer(Map<Language, Messages> messages, String templateRoot) {
        this.messages = messages;
        this.templates = new Templates(templateRoot, true);
    }

    /** The page as HTML. Throws when a template is missing or broken; the caller shows a plain error instead. */
    public String render(HelpPage page, ServerFacts facts, Language language) {
        return render(PageModel.of(page, facts, messages.get(language)), page.slug());
    }

    /** A discoverable room's own page, with the apps of the visitor's platform (or {@code null}) first. */
    public String renderRoom(DirectorySnapshot.Listed room, ServerFacts facts, Language language,
                             ChatApps.Platform platform) {
        return render(PageModel.ofRoom(room, facts, messages.get(language), platform), ROOM_TEMPLATE);
    }

    private String render(PageModel model, String template) {
        VelocityContext context = Templates.escapingContext();
        context.put("page", model);
        context.put("t", model.t());
        context.put("qr", qrCodes);
        context.put("body", new TrustedHtml(templates.merge(template, context)));
        return templates.merge("layout", context);
    }
}
