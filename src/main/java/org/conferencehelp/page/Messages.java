package org.conferencehelp.page;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The pages' words in one language, from the plugin's {@code conferencehelp_i18n} bundles. A key missing from a
 * translation falls back to English; a key missing everywhere shows as the key, so a gap is visible, never fatal.
 */
public final class Messages {

    public static final String BUNDLE = "conferencehelp_i18n";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** Loads every language once, from the given class loader (the plugin's, in Openfire). */
    public static Map<Language, Messages> load(ClassLoader loader) {
        Map<Language, Messages> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            all.put(language, new Messages(language, bundle));
        }
        return all;
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key}. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The text for {@code key}, with {@code {0}}, {@code {1}}… filled in. A number shown as
     * {@code {n,number,integer}}, also inside a choice, is written by {@link Numbers}, as this language writes it
     * (MessageFormat's own would write 1.500 in Spanish): it goes in as an extra argument after the given ones, and
     * the pattern points there.
     */
    public String format(String key, Object... arguments) {
        String pattern = get(key);
        Object[] filled = Arrays.copyOf(arguments, 2 * arguments.length);
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Number number) {
                filled[arguments.length + i] = Numbers.integer(number.longValue(), language);
                pattern = pattern.replace("{" + i + ",number,integer}", "{" + (arguments.length + i) + "}");
            }
        }
        return new MessageFormat(pattern, language.locale()).format(filled);
    }
}
