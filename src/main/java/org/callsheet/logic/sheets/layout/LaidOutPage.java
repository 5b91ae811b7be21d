package org.callsheet.logic.sheets.layout;

import java.util.List;
import java.util.Objects;

/**
 * One page ready to draw: page {@code number} of {@code count} of sheet {@code sheet} (0-based
 * position in the print), with everything on it, the header and footer included.
 */
public record LaidOutPage(Paper paper, int sheet, int number, int count, List<PageItem> items) {
    public LaidOutPage {
        Objects.requireNonNull(paper, "paper");
        items = List.copyOf(items);
    }

    /** The page's text in drawing order, one item per line (for tests and searching). */
    public List<String> texts() {
        return items.stream().filter(PageItem.Text.class::isInstance).map(i -> ((PageItem.Text) i).text()).toList();
    }
}
