// Compile-only stand-in for Openfire 5.1.1 (signatures only; never packaged).
package org.jivesoftware.util;

import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/** Stand-in for org.jivesoftware.util.SystemProperty. */
public final class SystemProperty<T> {

    private SystemProperty() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public static void removePropertiesForPlugin(final String plugin) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public T getValue() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public void addListener(final Consumer<T> listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public void removeListener(final Consumer<T> listener) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    public String getKey() {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }

    /** Stand-in for org.jivesoftware.util.SystemProperty.Builder. */
    public static final class Builder<T> {

        private Builder() {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public static <T> Builder<T> ofType(final Class<T> clazz) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> setKey(final String key) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> setDefaultValue(final T defaultValue) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> setMinValue(final T minValue) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> setMaxValue(final T maxValue) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> setChronoUnit(final ChronoUnit chronoUnit) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> addListener(final Consumer<T> listener) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> setDynamic(final boolean dynamic) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public Builder<T> setPlugin(final String plugin) {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }

        public SystemProperty<T> build() throws IllegalArgumentException {
            throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
        }
    }

    public void setValue(final T value) {
        throw new UnsupportedOperationException("compile-only stand-in of Openfire 5.1.1");
    }
}
