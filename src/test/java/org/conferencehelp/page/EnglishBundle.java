package org.conferencehelp.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The English words, read straight from {@code i18n/conferencehelp_i18n.properties} (on the test class path), not
 * through {@link Messages}: what the page must say, from outside the code that says it.
 */
public final class EnglishBundle {

    private static final Properties WORDS = load();

    private EnglishBundle() {
    }

    /** The English text of {@code key}; fails the test when the bundle has no such key. */
    public static String text(String key) {
        String text = WORDS.getProperty(key);
        if (text == null) {
            throw new AssertionError("The English bundle has no key " + key);
        }
        return text;
    }

    private static Properties load() {
        try (InputStream in = EnglishBundle.class.getClassLoader().getResourceAsStream(Messages.BUNDLE + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("conferencehelp_i18n.properties is not on the test class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
