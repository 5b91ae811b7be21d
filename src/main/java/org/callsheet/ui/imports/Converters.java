package org.callsheet.ui.imports;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes. */
final class Converters {
    private Converters() {
    }

    static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }
}
