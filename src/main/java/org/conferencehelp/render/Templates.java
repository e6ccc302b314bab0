package org.conferencehelp.render;

import java.io.StringWriter;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Velocity templates from one class path folder, merged with every inserted value escaped unless it is
 * {@link TrustedHtml}, and in strict mode, so that a misspelt reference is an error instead of a silently empty
 * spot. Shared by the help pages and the admin console page.
 */
public final class Templates {

    private final VelocityEngine engine;
    private final String root;

    /** @param root the folder, e.g. {@code org/conferencehelp/render/templates/}; its {@code macros.vm} if any */
    public Templates(String root, boolean withMacros) {
        this.root = root;
        Properties properties = new Properties();
        properties.setProperty("resource.loaders", "class");
        properties.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        properties.setProperty("resource.loader.class.cache", "true");
        properties.setProperty("resource.default_encoding", "UTF-8");
        properties.setProperty("runtime.strict_mode.enable", "true");
        properties.setProperty("parser.space_gobbling", "lines");
        if (withMacros) {
            properties.setProperty("velocimacro.library.path", root + "macros.vm");
        }
        // Velocity instantiates its own helpers through the context class loader; in Openfire that must be ours.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Templates.class.getClassLoader());
        try {
            engine = new VelocityEngine(properties);
            engine.init();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** A context whose every inserted value is escaped, but {@link TrustedHtml}. */
    public static VelocityContext escapingContext() {
        VelocityContext context = new VelocityContext();
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler(new EscapeEverythingElse());
        escaping.attachToContext(context);
        return context;
    }

    /** The template {@code name}.vm merged with the context. Throws when it is missing or broken. */
    public String merge(String name, VelocityContext context) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(Templates.class.getClassLoader());
        try {
            Template template = engine.getTemplate(root + name + ".vm", "UTF-8");
            StringWriter out = new StringWriter(16 * 1024);
            template.merge(context, out);
            return out.toString();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
