package org.callsheet.logic.settings;

import java.util.Map;
import java.util.Set;

/**
 * A copy, outside the database, of the few settings the main window needs before the database is
 * open: language, theme and placement (ADR 12). The database stays the source of truth; the copy
 * is rewritten whenever one of them changes and checked against the database at every start.
 */
public interface StartupCopy {
    /** The keys kept in the copy. */
    Set<String> KEYS = Set.of(Settings.LANGUAGE, Settings.THEME, Settings.WINDOW);

    /** No copy: every value comes from the database. */
    StartupCopy NONE = new StartupCopy() {
        @Override
        public Map<String, String> read() {
            return Map.of();
        }

        @Override
        public void write(Map<String, String> values) {
            // nothing kept
        }
    };

    /** The values last written; empty when there is no copy or it cannot be read. */
    Map<String, String> read();

    /** Replaces the copy with these values (keys from {@link #KEYS} only). */
    void write(Map<String, String> values);
}
