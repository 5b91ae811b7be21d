package org.callsheet.app;

import java.nio.file.Path;

/** A database is named without its suffix: {@code data/crm} is the file {@code data/crm.mv.db}. */
final class DatabasePaths {
    private static final String SUFFIX = ".mv.db";

    private DatabasePaths() {
    }

    static Path withoutSuffix(String typed) {
        String name = typed.endsWith(SUFFIX) ? typed.substring(0, typed.length() - SUFFIX.length()) : typed;
        return Path.of(name);
    }
}
