package org.callsheet.logic.charts;

import java.util.Objects;

/**
 * One tier of a pyramid chart, top tier first: its key (handed back on a click), the name and
 * the detail line printed beside it, and its share of the whole (0–1) that sets its width.
 */
public record PyramidTier(String key, String name, String detail, double share) {
    public PyramidTier {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
        if (!(share >= 0)) {
            throw new IllegalArgumentException("share must be 0 or more: " + share);
        }
    }
}
