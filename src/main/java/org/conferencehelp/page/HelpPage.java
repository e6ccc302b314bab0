package org.conferencehelp.page;

/** The pages the plugin serves, each at {@code /help/<slug>/} (see {@link SitePaths}). */
public enum HelpPage {
    CONFERENCES("using-conferences", "page.title.conferences", "page.lead.conferences", "nav.conferences"),
    DEFINITIONS("definitions", "page.title.definitions", "definitions.intro", "nav.definitions");

    private final String slug;
    private final String titleKey;
    private final String leadKey;
    private final String navigationKey;

    HelpPage(String slug, String titleKey, String leadKey, String navigationKey) {
        this.slug = slug;
        this.titleKey = titleKey;
        this.leadKey = leadKey;
        this.navigationKey = navigationKey;
    }

    /** The page's path segment, e.g. {@code using-conferences}; also the name of its template. */
    public String slug() {
        return slug;
    }

    String titleKey() {
        return titleKey;
    }

    /** The sentence under the page's title that says what the page is for. */
    String leadKey() {
        return leadKey;
    }

    /** The page's name in the site's navigation. */
    String navigationKey() {
        return navigationKey;
    }
}
