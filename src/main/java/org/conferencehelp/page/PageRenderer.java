package org.conferencehelp.page;

import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the help pages from their Velocity templates: a page template for the body, inside a shared layout.
 * Every inserted value is escaped unless it is {@link TrustedHtml}; strict mode turns a misspelt reference into an
 * error instead of a silently empty spot.
 */
public final class PageRenderer {

    static final String TEMPLATES = "org/conferencehelp/page/templates/";

    private final VelocityEngine engine;
    private final Map<Language, Messages> messages;
    private final Clock clock;
    private final String contextPath;
    private final String templateRoot;

    /**
     * @param contextPath where the help pages are served, e.g. {@code /help}
     */
    public PageRenderer(Map<Language, Messages> messages, Clock clock, String contextPath) {
        this(messages, clock, contextPath, TEMPLATES);
    }

    /** With templates from another class path folder: for tests of a broken template. */
    PageRenderer(Map<Language, Messages> messages, Clock clock, String contextPath, String templateRoot) {
        this.messages = messages;
        this.clock = clock;
        this.contextPath = contextPath;
        this.templateRoot = templateRoot;
        Properties properties = new Properties();
        properties.setProperty("resource.loaders", "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty("resource.default_encoding", "UTF-8");
        properties.setProperty("runtime.strict_mode.enable", "true");
        properties.setProperty("parser.space_gobbling", "lines");
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
        Messages t = messages.get(language);
        String pagePath = contextPath + "/" + page.path() + "/";
        PageModel model = PageModel.of(facts, t, clock.instant(), pagePath);
        VelocityContext context = new VelocityContext();
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler(new EscapeEverythingElse());
        escaping.attachToContext(context);
        context.put("page", model);
        context.put("title", t.get(page.titleKey()));
        context.put("lead", t.get(page.leadKey()));
        context.put("current", page.templateId());
        context.put("assets", contextPath + "/assets");
        context.put("conferencesHref", contextPath + "/" + HelpPage.CONFERENCES.path() + "/");
        context.put("definitionsHref", contextPath + "/" + HelpPage.DEFINITIONS.path() + "/");
        context.put("jsonHref", contextPath + "/" + HelpPage.CONFERENCES.path() + ".json");
        context.put("body", new TrustedHtml(merge(page.path(), context)));
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
