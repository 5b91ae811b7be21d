package org.callsheet.logic.sheets.layout;

import java.util.List;

/**
 * A slice of a block that is never split across pages: its height and its items, placed relative
 * to the row's top-left corner. {@code keepWithNext} keeps it on the page of the row after it (a
 * heading never ends a page).
 */
record Row(float height, List<PageItem> items, boolean keepWithNext) {
    Row {
        items = List.copyOf(items);
    }

    Row(float height, List<PageItem> items) {
        this(height, items, false);
    }
}
