package org.callsheet.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --db PATH}. The path names the database without its file suffix; a path typed
 * with H2's ".mv.db" suffix is accepted and the suffix dropped, so both name the same file.
 */
final class DatabasePathConverter implements ITypeConverter<Path> {
    private static final String H2_SUFFIX = ".mv.db";

    @Override
    public Path convert(String value) {
        String text = value.strip();
        if (text.endsWith(H2_SUFFIX)) {
            text = text.substring(0, text.length() - H2_SUFFIX.length());
        }
        if (text.isEmpty()) {
            throw new TypeConversionException("'" + value + "'");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + value + "'");
        }
    }
}
