package org.conferencehelp.render;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
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

    private final VelocityEngine engine;
    private final Map<Language, Messages> messages;
    private final String templateRoot;
    private final QrCodes qrCodes = new QrCodes();

    public PageRenderer(Map<Language, Messages> messages) {
        this(messages, TEMPLATES);
    }

    /** With templates from another class path folder: for tests of a broken template. */
    PageRenderer(Map<Language, Messages> messages, String templateRoot) {
        this.messages = messages;
        this.templateRoot = templateRoot;
        Properties properties = new Properties();
        properties.setProperty("resource.loaders", "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty("resource.default_encoding", "UTF-8");
        properties.setProperty("runtime.strict_mode.enable", "true");
        properties.setProperty("parser.space_gobbling", "lines");
        properties.setProperty("velocimacro.library.path", templateRoot + "macros.vm");
        // Velocity instantiates its own helpers through the context class loader; in Openfire that must be ours.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PageRenderer.class.getClassLoader());
        try {
            engine = new VelocityEngine(properties);
            engine.init();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
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

    static final String ROOM_TEMPLATE = "room";

    private String render(PageModel model, String template) {
        VelocityContext context = new VelocityContext();
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler(new EscapeEverythingElse());
        escaping.attachToContext(context);
        context.put("page", model);
        context.put("t", model.t());
        context.put("qr", qrCodes);
        context.put("body", new TrustedHtml(merge(template, context)));
        return merge("layout", context);
    }

    private String merge(String name, VelocityContext context) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PageRenderer.class.getClassLoader());
        try {
            Template template = engine.getTemplate(templateRoot + name + ".vm", "UTF-8");
            StringWriter out = new StringWriter(16 * 1024);
            template.merge(context, out);
            return out.toString();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
