package org.conferencehelp.page;

/**
 * Where everything of the help site lives: the one place that spells its paths. "Within the context" paths are
 * what the servlet sees; the others are what links point to.
 */
public final class SitePaths {

    /** Where the help site is mounted on the web server. */
    public static final String CONTEXT = "/help";
    public static final String JSON_WITHIN_CONTEXT = "/" + HelpPage.CONFERENCES.slug() + ".json";
    public static final String ASSETS_WITHIN_CONTEXT = "/assets/";

    private SitePaths() {
    }

    /** {@code /using-conferences/}: where the page is served within the context. */
    public static String withinContext(HelpPage page) {
        return "/" + page.slug() + "/";
    }

    /** {@code /using-conferences}: the page's address without its slash, redirected to the page. */
    public static String bareWithinContext(HelpPage page) {
        return "/" + page.slug();
    }

    /** {@code /help/using-conferences/}. */
    public static String page(HelpPage page) {
        return CONTEXT + withinContext(page);
    }

    /** {@code /help/using-conferences/?lang=de}. */
    public static String page(HelpPage page, Language language) {
        return page(page) + "?lang=" + language.code();
    }

    /** {@code /help/using-conferences.json}. */
    public static String json() {
        return CONTEXT + JSON_WITHIN_CONTEXT;
    }

    /** The folder of the pages' style sheet, script and icon, e.g. {@code /help/assets/style.css}. */
    public static String asset(String name) {
        return CONTEXT + ASSETS_WITHIN_CONTEXT + name;
    }
}
