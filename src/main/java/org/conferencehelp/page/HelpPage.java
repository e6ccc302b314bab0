package org.conferencehelp.page;

/** The pages the plugin serves, each at {@code /help/<path>/}. */
public enum HelpPage {
    CONFERENCES("using-conferences", "conferences", "page.title.conferences", "page.lead.conferences"),
    DEFINITIONS("definitions", "definitions", "page.title.definitions", "definitions.intro");

    private final String path;
    private final String template;
    private final String titleKey;
    private final String leadKey;

    HelpPage(String path, String template, String titleKey, String leadKey) {
        this.path = path;
        this.template = template;
        this.titleKey = titleKey;
        this.leadKey = leadKey;
    }

    /** The path segment under the help context, e.g. {@code using-conferences}. */
    public String path() {
        return path;
    }

    String templateId() {
        return template;
    }

    String titleKey() {
        return titleKey;
    }

    /** The sentence under the page's title that says what the page is for. */
    String leadKey() {
        return leadKey;
    }
}
