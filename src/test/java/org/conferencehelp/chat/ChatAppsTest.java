package org.conferencehelp.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conferencehelp.chat.ChatApps.App;
import org.conferencehelp.chat.ChatApps.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The apps list is data an administrator may replace: what it accepts, what it refuses, and the platform guess. */
class ChatAppsTest {

    @Test
    void theBundledListNamesHttpsAppsForEveryPlatform() {
        for (Platform platform : Platform.values()) {
            List<App> apps = ChatApps.BUNDLED.of(platform);
            assertTrue(!apps.isEmpty(), platform + " has no app");
            apps.forEach(app -> assertTrue(app.url().startsWith("https://"), app.toString()));
        }
    }

    @Test
    void anAdministratorsListReplacesItInItsOrder() {
        ChatApps apps = ChatApps.parse("{\"platforms\": {\"linux\": [{\"name\": \" Our build \", \"url\": "
                + "\"https://chat.example.org/download\"}, {\"name\": \"Dino\", \"url\": \"https://dino.im/\"}]}}");

        assertEquals(List.of(new App("Our build", "https://chat.example.org/download"),
                new App("Dino", "https://dino.im/")), apps.of(Platform.LINUX));
        assertEquals(List.of(), apps.of(Platform.ANDROID), "a platform the list leaves out has no apps");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "{}",
            "{\"platforms\": {\"amiga\": []}}",
            "{\"platforms\": {\"web\": [{\"name\": \"X\", \"url\": \"javascript:alert(1)\"}]}}",
            "{\"platforms\": {\"web\": [{\"name\": \"X\", \"url\": \"http://plain.example.org/\"}]}}",
            "{\"platforms\": {\"web\": [{\"name\": \"X\", \"url\": \"https:///no-host\"}]}}",
            "{\"platforms\": {\"web\": [{\"name\": \"X\", \"url\": \"data:text/html,hi\"}]}}",
            "{\"platforms\": {\"web\": [{\"name\": \"  \", \"url\": \"https://a.example/\"}]}}",
            "{\"platforms\": {\"web\": [{\"url\": \"https://a.example/\"}]}}",
            "{\"platforms\": {\"web\": {\"name\": \"X\"}}}"})
    void refusesAnythingButAListOfNamedHttpsLinks(String json) {
        assertThrows(IllegalArgumentException.class, () -> ChatApps.parse(json));
    }

    @Test
    void refusesOverlongNamesAndTooManyApps() {
        String app = "{\"name\": \"X\", \"url\": \"https://a.example/\"}";
        assertThrows(IllegalArgumentException.class, () -> ChatApps.parse("{\"platforms\": {\"web\": [{\"name\": \""
                + "n".repeat(61) + "\", \"url\": \"https://a.example/\"}]}}"));
        assertThrows(IllegalArgumentException.class, () -> ChatApps.parse("{\"platforms\": {\"web\": ["
                + String.join(",", java.util.Collections.nCopies(11, app)) + "]}}"));
        assertEquals(10, ChatApps.parse("{\"platforms\": {\"web\": ["
                + String.join(",", java.util.Collections.nCopies(10, app)) + "]}}").of(Platform.WEB).size());
    }

    @Test
    void theAdministratorsListWhenItIsOneAndOursWithTheProblemWhenNot() {
        List<String> problems = new java.util.ArrayList<>();
        assertEquals(List.of(new App("Ours", "https://chat.example.org/")), ChatApps.orBundled(
                "{\"platforms\": {\"web\": [{\"name\": \"Ours\", \"url\": \"https://chat.example.org/\"}]}}",
                problems::add).of(Platform.WEB));
        assertEquals(ChatApps.BUNDLED, ChatApps.orBundled(null, problems::add));
        assertEquals(ChatApps.BUNDLED, ChatApps.orBundled("  ", problems::add));
        assertEquals(List.of(), problems);

        assertEquals(ChatApps.BUNDLED, ChatApps.orBundled("{\"platforms\": {\"web\": [{\"name\": \"Evil\", "
                + "\"url\": \"javascript:alert(1)\"}]}}", problems::add));
        assertEquals(List.of("not an https link: javascript:alert(1)"), problems);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36|ANDROID",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148|IOS",
            "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15|IOS",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36|WINDOWS",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 Version/18.1 Safari/605.1.15|MACOS",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0|LINUX",
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36|LINUX"})
    void guessesThePlatformFromTheUserAgent(String userAgent, Platform platform) {
        assertEquals(platform, Platform.of(userAgent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "curl/8.5.0", "Googlebot/2.1 (+http://www.google.com/bot.html)"})
    void saysNothingWhenTheUserAgentDoesNot(String userAgent) {
        assertNull(Platform.of(userAgent));
        assertNull(Platform.of(null));
    }
}
