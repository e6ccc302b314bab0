package org.conferencehelp.page;

/** The pages the plugin serves, each at {@code /help/<slug>/} (see {@link SitePaths}). */
public enum HelpPage {
    CONFERENCES("using-conferences", new Keys("page.title.conferences", "page.lead.conferences", "nav.conferences")),
    DEFINITIONS("definitions", new Keys("page.title.definitions", "definitions.intro", "nav.definitions"));

    /** The message keys of the page's title, of the sentence under it, and of its name in the navigation. */
    record Keys(String title, String lead, String navigation) {
    }

    private final String slug;
    final Keys keys;

    HelpPage(String slug, Keys keys) {
        this.slug = slug;
        this.keys = keys;
    }

    /** The page's path segment, e.g. {@code using-conferences}; also the name of its template. */
    public String slug() {
        return slug;
    }
}
