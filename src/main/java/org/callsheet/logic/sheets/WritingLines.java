package org.callsheet.logic.sheets;

import java.util.List;

/**
 * Labelled blank lines to fill in by hand (e.g. the visit block): {@code lines} lines beside each
 * label, the labels in {@code columns} columns.
 */
public record WritingLines(List<String> labels, int lines, int columns) implements Block {
    public WritingLines {
        labels = List.copyOf(labels);
        if (lines < 1 || columns < 1) {
            throw new IllegalArgumentException("at least one line and one column: " + lines + ", " + columns);
        }
    }

    public WritingLines(List<String> labels, int lines) {
        this(labels, lines, 1);
    }
}
