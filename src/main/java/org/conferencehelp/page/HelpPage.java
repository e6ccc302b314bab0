package org.conferencehelp.page;

/** The pages the plugin serves, each at {@code /help/<path>/}. */
public enum HelpPage {
    CONFERENCES("using-conferences", "conferences", "page.title.conferences"),
    DEFINITIONS("definitions", "definitions", "page.title.definitions");

    private final String path;
    private final String template;
    private final String titleKey;

    HelpPage(String path, String template, String titleKey) {
        this.path = path;
        this.template = template;
        this.titleKey = titleKey;
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
}
