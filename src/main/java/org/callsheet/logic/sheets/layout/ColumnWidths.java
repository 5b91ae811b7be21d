package org.callsheet.logic.sheets.layout;

import org.callsheet.logic.sheets.Table;

/**
 * A table's column widths: each column's share of the width by its weight, then a short column
 * whose cells need a little more (a date with its time, an amount) widened to hold them on one
 * line, at the expense of the columns with room to spare. Long text (notes) keeps wrapping.
 */
final class ColumnWidths {
    /** The most of the table's width one column is widened to. */
    private static final float MOST_SHARE = 0.3f;

    /** How wide a column's cells are on one line each. */
    interface Natural {
        float width(Table table, int column);
    }

    private ColumnWidths() {
    }

    static float[] of(Table table, float width, Natural natural) {
        int n = table.headers().size();
        double total = table.weights().stream().mapToDouble(Double::doubleValue).sum();
        float[] widths = new float[n];
        float[] needs = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = (float) (width * table.weights().get(i) / total);
            float one = natural.width(table, i);
            // a column that cannot be on one line anyway (notes) keeps its share and wraps
            needs[i] = one > width * MOST_SHARE ? widths[i] : one;
        }
        float deficit = 0;
        float slack = 0;
        for (int i = 0; i < n; i++) {
            if (needs[i] > widths[i]) {
                deficit += needs[i] - widths[i];
            } else {
                slack += widths[i] - needs[i];
            }
        }
        if (deficit == 0 || slack == 0) {
            return widths;
        }
        // what the narrow columns get is taken from the others' room, in proportion to it
        float given = Math.min(deficit, slack);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = needs[i] > widths[i] ? widths[i] + (needs[i] - widths[i]) * given / deficit
                    : widths[i] - (widths[i] - needs[i]) * given / slack;
        }
        return out;
    }
}
