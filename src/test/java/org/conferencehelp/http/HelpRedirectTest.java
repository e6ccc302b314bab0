package org.conferencehelp.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way to ask for the help without the page's exact address ends on the page in one permanent redirect. */
class HelpRedirectTest {

    @RegisterExtension
    static final TestSite site = new TestSite();

    @ParameterizedTest
    @ValueSource(strings = {"/help", "/help/", "/help/using-conferences"})
    void redirectsToTheConferencesPage(String path) throws Exception {
        TestSite.Response response = site.get(path);
        assertEquals(301, response.status());
        assertEquals("/help/using-conferences/", response.header("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help", "/help/", "/help/using-conferences"})
    void keepsAValidLanguageChoice(String path) throws Exception {
        assertEquals("/help/using-conferences/?lang=de", site.get(path + "?lang=de").header("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help", "/help/", "/help/using-conferences"})
    void dropsAnInvalidLanguageChoice(String path) throws Exception {
        assertEquals("/help/using-conferences/", site.get(path + "?lang=xx%3Cscript%3E").header("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/help/definitions", "/help/definitions?lang=fr"})
    void redirectsTheDefinitionsPageToItsFolder(String path) throws Exception {
        TestSite.Response response = site.get(path);
        assertEquals(301, response.status());
        assertEquals(path.replace("definitions", "definitions/"), response.header("Location"));
    }
}
