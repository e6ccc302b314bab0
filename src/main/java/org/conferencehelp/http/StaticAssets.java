package org.conferencehelp.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** The pages' own style sheet, script and icon, read once from the plugin: nothing is ever loaded from elsewhere. */
final class StaticAssets {

    private static final String FOLDER = "/org/conferencehelp/http/assets/";

    private final Map<String, Representation> assets;

    /** @param loaded when the plugin was loaded: the assets' {@code Last-Modified} */
    StaticAssets(Instant loaded) {
        assets = Map.of(
                "style.css", load("style.css", "text/css;charset=utf-8", loaded),
                "page.js", load("page.js", "text/javascript;charset=utf-8", loaded),
                "icon.svg", load("icon.svg", "image/svg+xml;charset=utf-8", loaded));
    }

    /** Every asset, by file name. */
    Map<String, Representation> all() {
        return assets;
    }

    private static Representation load(String name, String contentType, Instant loaded) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The plugin lacks its asset " + name);
            }
            return Representation.of(contentType, new String(in.readAllBytes(), StandardCharsets.UTF_8), loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
