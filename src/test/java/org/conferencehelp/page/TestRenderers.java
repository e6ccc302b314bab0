package org.conferencehelp.page;

import java.time.Clock;

/** Lets tests outside this package build a {@link PageRenderer} on templates of their own. */
public final class TestRenderers {

    private TestRenderers() {
    }

    /** A renderer for the help context {@code /help} whose templates are in the given class path folder. */
    public static PageRenderer withTemplates(String templateRoot, Clock clock) {
        return new PageRenderer(Messages.load(TestRenderers.class.getClassLoader()), clock, "/help", templateRoot);
    }
}
