package org.callsheet.logic.sheets;

import java.util.List;
import java.util.Objects;

/** One sheet (one customer's profile): its frame and its blocks, before it is laid out on pages. */
public record Sheet(SheetFrame frame, List<Block> blocks) {
    public Sheet {
        Objects.requireNonNull(frame, "frame");
        blocks = List.copyOf(blocks);
    }
}
