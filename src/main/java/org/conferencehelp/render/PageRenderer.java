package org.conferencehelp.render;

import java.util.Map;
import org.apache.velocity.VelocityContext;
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
        PageModel model = PageModel.of(page, facts, messages.get(language));
        VelocityContext context = Templates.escapingContext();
        context.put("page", model);
        context.put("t", model.t());
        context.put("qr", qrCodes);
        context.put("body", new TrustedHtml(templates.merge(page.slug(), context)));
        return templates.merge("layout", context);
    }
}
