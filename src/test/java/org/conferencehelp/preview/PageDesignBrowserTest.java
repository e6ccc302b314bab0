package org.conferencehelp.preview;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conferencehelp.page.Language;
import org.conferencehelp.preview.HeadlessChromium.Theme;
import org.conferencehelp.preview.HeadlessChromium.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The pages as a reader's browser shows them: both pages at desktop and phone width, in the light and the dark
 * theme, checked by axe-core, for sideways scrolling, for requests leaving the page's origin and for policy
 * violations. Saves a screenshot of each under {@code target/screenshots}.
 */
class PageDesignBrowserTest extends PreviewInChromium {

    /** The two help pages, and a room's page: the demo's moderated, logged support room, with a subject-less card. */
    private static final List<String> PAGES = List.of("using-conferences", "definitions",
            "rooms/support@conference.example.org");
    private static final List<String> LANGUAGES = Stream.of(Language.values()).map(Language::code).toList();

    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        if (!startChromiumAndPreview()) {
            return; // each test skips, or fails under CI
        }
        axe = HeadlessChromium.axeSource();
        // Records any Content-Security-Policy violation from the first moment of every page load.
        chromium.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__violations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });"));
    }

    static Stream<Arguments> looks() {
        List<Arguments> all = new ArrayList<>();
        for (String page : PAGES) {
            for (Viewport viewport : Viewport.values()) {
                for (Theme theme : Theme.values()) {
                    all.add(Arguments.of(page, viewport, theme));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @MethodSource("looks")
    void axeFindsNoAccessibilityViolation(String page, Viewport viewport, Theme theme) throws Exception {
        open(page, viewport, theme);
        HeadlessChromium.save(page.replace('/', '-') + "-" + name(viewport) + "-" + name(theme),
                chromium.fullPageScreenshot());
        chromium.openAllDetails(); // what the disclosures hide must pass too
        chromium.script(axe);
        // Violations fail; so do checks axe could not finish (text on a background it cannot measure, say), since
        // those leave a rule such as colour contrast unverified.
        Object findings = chromium.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "function list(kind, results) { return results.map(function (v) {"
                        + "  return kind + ' ' + v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                        + "    + v.nodes.map(function (n) { return n.target.join(' ') + ' [' + (n.failureSummary"
                        + "      || n.any.concat(n.all).map(function (c) { return c.message; }).join(', ')) + ']'; })"
                        + "    .join('; '); }); }"
                        + "axe.run(document).then(function (result) {"
                        + "  done(list('violation', result.violations).concat(list('unverified', result.incomplete)));"
                        + "}, function (error) { done(['axe failed: ' + error]); });");
        assertEquals(List.of(), findings, "axe-core findings");
    }

    @Test
    void darkThemeChangesTheBackgroundAndText() {
        open("using-conferences", Viewport.DESKTOP, Theme.LIGHT);
        String lightBackground = colour("body", "backgroundColor");
        String lightText = colour("body", "color");
        open("using-conferences", Viewport.DESKTOP, Theme.DARK);
        String darkBackground = colour("body", "backgroundColor");
        String darkText = colour("body", "color");
        assertAll(
                () -> assertNotEquals(lightBackground, darkBackground),
                () -> assertTrue(luminance(lightBackground) > 0.8, "light background " + lightBackground),
                () -> assertTrue(luminance(darkBackground) < 0.05, "dark background " + darkBackground),
                () -> assertTrue(luminance(lightText) < 0.05, "light theme's text " + lightText),
                () -> assertTrue(luminance(darkText) > 0.7, "dark theme's text " + darkText));
    }

    @Test
    void phoneWidthNeverScrollsSideways() {
        for (String page : PAGES) {
            for (String lang : LANGUAGES) { // German compounds are the longest words
                open(page, lang, Viewport.PHONE, Theme.LIGHT);
                chromium.openAllDetails(); // the widest content (DANE records, QR codes) is in the disclosures
                long innerWidth = (Long) chromium.script("return window.innerWidth;");
                long scrollWidth = (Long) chromium.script("return document.scrollingElement.scrollWidth;");
                assertEquals(Viewport.PHONE.width, innerWidth, page + " (" + lang + "): the layout viewport was widened");
                assertTrue(scrollWidth <= innerWidth, page + " (" + lang + ") is " + scrollWidth + " px wide at "
                        + innerWidth + " px: " + widestElements());
            }
        }
    }

    @Test
    void everyRequestStaysOnThePagesOwnOrigin() {
        chromium.clearLogs();
        for (String page : PAGES) {
            open(page, Viewport.DESKTOP, Theme.LIGHT);
        }
        List<String> urls = chromium.requestedUrls();
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/help/assets/style.css")), "saw no request at all? " + urls);
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/help/assets/page.js")), "page.js not loaded: " + urls);
        List<String> elsewhere = urls.stream().filter(u -> !u.startsWith(origin + "/")).toList();
        assertEquals(List.of(), elsewhere, "requests that left " + origin);
        // The browser's own list, as a second witness (it also sees what the cache served).
        for (String page : PAGES) {
            open(page, Viewport.DESKTOP, Theme.LIGHT);
            Object resources = chromium.script("return performance.getEntriesByType('resource')"
                    + ".map(function (r) { return r.name; }).filter(function (u) {"
                    + " return new URL(u).origin !== location.origin; });");
            assertEquals(List.of(), resources, page + ": resources from elsewhere");
        }
    }

    @Test
    void pagesBreakNoContentSecurityPolicyRule() {
        for (String page : PAGES) {
            open(page, Viewport.DESKTOP, Theme.LIGHT);
            chromium.driver().findElement(By.cssSelector("button.copy, .anchor")); // the script ran, or no script
            assertEquals(List.of(), chromium.script("return window.__violations;"), page);
            assertEquals(List.of(), chromium.driver().manage().logs().get("browser").getAll().stream()
                    .map(e -> e.getLevel() + " " + e.getMessage()).toList(), page + ": console messages");
        }
    }

    @Test
    void tabReachesEveryControlAndShowsWhereFocusIs() {
        for (String page : PAGES) {
            for (Viewport viewport : Viewport.values()) {
                open(page, viewport, Theme.LIGHT);
                @SuppressWarnings("unchecked")
                List<WebElement> controls = (List<WebElement>) chromium.script("return Array.from("
                        + "document.querySelectorAll('a[href], button, summary')).filter(function (e) {"
                        + " return e.checkVisibility({visibilityProperty: true}); });");
                List<WebElement> reached = new ArrayList<>();
                List<String> unmarked = new ArrayList<>();
                for (int i = 0; i <= controls.size(); i++) {
                    new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
                    WebElement focused = chromium.driver().switchTo().activeElement();
                    reached.add(focused);
                    if (controls.contains(focused) && "none".equals(focused.getCssValue("outline-style"))) {
                        unmarked.add(focused.getTagName() + " " + focused.getText());
                    }
                }
                List<String> unreached = controls.stream().filter(c -> !reached.contains(c))
                        .map(c -> c.getTagName() + " " + c.getText()).toList();
                assertEquals(List.of(), unreached, page + " at " + name(viewport) + ": not reachable with Tab");
                assertEquals(List.of(), unmarked, page + " at " + name(viewport) + ": focus not shown");
            }
        }
    }

    @Test
    void skipLinkAppearsOnFirstTabAndMovesFocusToTheContent() {
        open("using-conferences", Viewport.PHONE, Theme.LIGHT);
        new Actions(chromium.driver()).sendKeys(Keys.TAB).perform();
        WebElement skip = chromium.driver().switchTo().activeElement();
        assertEquals("skip", skip.getAttribute("class"));
        assertTrue(skip.getRect().getY() >= 0 && skip.getRect().getX() >= 0, "on screen: " + skip.getRect());
        new Actions(chromium.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("main", chromium.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void pageIsInTheServedLanguage() {
        for (String lang : LANGUAGES) {
            chromium.driver().get(origin + "/help/using-conferences/?lang=" + lang);
            assertEquals(lang, chromium.driver().findElement(By.tagName("html")).getAttribute("lang"));
        }
    }

    @Test
    void printedPageLeavesOutTheControls() throws Exception {
        open("using-conferences", Viewport.DESKTOP, Theme.LIGHT);
        chromium.usePrintMedia();
        try {
            for (String selector : List.of("header.site nav", "footer.site nav", "button.copy", ".qr-details")) {
                for (WebElement element : chromium.driver().findElements(By.cssSelector(selector))) {
                    assertFalse(element.isDisplayed(), selector + " is printed");
                }
            }
            assertTrue(chromium.driver().findElement(By.cssSelector(".fingerprint")).isDisplayed());
            HeadlessChromium.save("using-conferences-print", chromium.fullPageScreenshot());
        } finally {
            chromium.use(Theme.LIGHT);
        }
    }

    private static void open(String page, Viewport viewport, Theme theme) {
        open(page, null, viewport, theme);
    }

    /** Opens a page in the given language ({@code null}: the browser's, English). */
    private static void open(String page, String lang, Viewport viewport, Theme theme) {
        chromium.use(viewport);
        chromium.use(theme);
        chromium.driver().get(origin + "/help/" + page + "/" + (lang == null ? "" : "?lang=" + lang));
    }

    private static String colour(String selector, String property) {
        return (String) chromium.script("return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];",
                selector, property);
    }

    /** Relative luminance (WCAG 2.1) of a computed {@code rgb(r, g, b)} colour. */
    static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    /** For the failure message: the elements that reach past the right edge. */
    private static Object widestElements() {
        return chromium.script("return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
                + " return e.getBoundingClientRect().right > window.innerWidth + 0.5; }).slice(0, 5).map(function (e) {"
                + " return e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); });");
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase();
    }
}
