package org.conferencehelp.render;

import org.conferencehelp.page.Messages;

/** Lets tests outside this package build a {@link PageRenderer} on templates of their own. */
public final class TestRenderers {

    private TestRenderers() {
    }

    /** A renderer whose templates are in the given class path folder. */
    public static PageRenderer withTemplates(String templateRoot) {
        return new PageRenderer(Messages.load(TestRenderers.class.getClassLoader()), templateRoot);
    }
}
