package org.conferencehelp.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The English sentences the pages should say, read straight from the bundle file: an oracle that does not go
 * through the plugin's own {@code Messages}.
 */
final class EnglishBundle {

    private static final Properties SENTENCES = load();

    private EnglishBundle() {
    }

    static String get(String key) {
        String text = SENTENCES.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("The English bundle has no " + key);
        }
        return text;
    }

    static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.ENGLISH).format(arguments);
    }

    private static Properties load() {
        try (InputStream in = EnglishBundle.class.getResourceAsStream("/conferencehelp_i18n.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
