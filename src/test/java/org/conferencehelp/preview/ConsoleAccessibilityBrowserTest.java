package org.conferencehelp.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conferencehelp.admin.ConsoleSite;
import org.conferencehelp.preview.HeadlessChromium.Theme;
import org.conferencehelp.preview.HeadlessChromium.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The admin console page in a real browser, as the plugin renders it (Openfire decorates it further): axe-core finds
 * nothing at either width and in either colour scheme, also with a refused form's messages on it, and the keyboard
 * reaches the save button.
 */
class ConsoleAccessibilityBrowserTest {

    private static HeadlessChromium chromium;
    private static ConsoleSite console;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        if (HeadlessChromium.notInstalled() != null) {
            return;
        }
        chromium = HeadlessChromium.launch();
        console = new ConsoleSite();
        axe = HeadlessChromium.axeSource();
        chromium.driver().get(console.url(ConsoleSite.LOGIN)); // the session cookie, as Openfire's login leaves it
    }

    @AfterAll
    static void stop() throws Exception {
        if (console != null) {
            console.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void chromiumOrSkip() {
        HeadlessChromium.assumeInstalled();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("org.conferencehelp.preview.HeadlessChromium#everyLook")
    void axeFindsNothingOnTheConsolePage(Viewport viewport, Theme theme) {
        chromium.use(viewport);
        chromium.use(theme);
        chromium.driver().get(console.url(ConsoleSite.CONSOLE));
        assertEquals(List.of(), axeFindings(), "axe-core findings on the console page");
    }

    @Test
    void axeFindsNothingOnARefusedFormAndTheMessagesLeadToTheirFields() {
        chromium.use(Viewport.DESKTOP);
        chromium.use(Theme.LIGHT);
        chromium.driver().get(console.url(ConsoleSite.CONSOLE));
        chromium.driver().findElement(By.id("apps")).sendKeys("not a list");
        chromium.driver().findElement(By.cssSelector("form button[type=submit]")).click();

        List<WebElement> errors = chromium.driver().findElements(By.cssSelector("#ch-errors li a"));
        assertEquals(List.of("#apps"), errors.stream().map(a -> a.getAttribute("href")
                .replaceAll("^.*#", "#")).toList());
        assertEquals(List.of(), axeFindings(), "axe-core findings on the refused form");
    }

    @Test
    void theKeyboardReachesTheSaveButton() {
        chromium.use(Viewport.DESKTOP);
        chromium.driver().get(console.url(ConsoleSite.CONSOLE));
        for (int i = 0; i < 200; i++) {
            chromium.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement focused = chromium.driver().switchTo().activeElement();
            if ("button".equals(focused.getTagName()) && "submit".equals(focused.getAttribute("type"))) {
                return;
            }
        }
        assertTrue(false, "200 presses of Tab never reached the save button");
    }

    /**
     * Violations, and checks axe could not finish, as in the public pages' test; but for the rules about the whole
     * document, which is Openfire's: its admin console puts this page's body into its own layout, which gives the
     * page's level-one heading (from this page's title) and has no landmarks of its own. Chromium draws a text area's
     * text in an inner element of its own, so axe cannot finish its contrast check on one; that check is made here
     * from the colours the browser computed.
     */
    private static Object axeFindings() {
        for (WebElement area : chromium.driver().findElements(By.tagName("textarea"))) {
            double text = PageDesignBrowserTest.luminance(area.getCssValue("color"));
            double background = PageDesignBrowserTest.luminance(area.getCssValue("background-color"));
            double ratio = (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
            assertTrue(ratio >= 4.5, area.getAttribute("id") + ": contrast " + ratio);
        }
        chromium.script(axe);
        return chromium.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "function list(kind, results) { return results.map(function (v) {"
                        + "  return kind + ' ' + v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                        + "    + v.nodes.map(function (n) { return n.target.join(' '); }).join('; '); }); }"
                        + "function notTextAreas(results) { return results.map(function (v) {"
                        + "  if (v.id === 'color-contrast') { v.nodes = v.nodes.filter(function (n) {"
                        + "    return document.querySelector(n.target[0]).tagName !== 'TEXTAREA'; }); }"
                        + "  return v; }).filter(function (v) { return v.nodes.length > 0; }); }"
                        + "axe.run(document, {rules: {'page-has-heading-one': {enabled: false},"
                        + " 'landmark-one-main': {enabled: false}, region: {enabled: false}}}).then(function (result) {"
                        + "  done(list('violation', result.violations)"
                        + "    .concat(list('unverified', notTextAreas(result.incomplete))));"
                        + "}, function (error) { done(['axe failed: ' + error]); });");
    }
}
