package org.callsheet.logic.sheets.layout;

import static org.callsheet.logic.sheets.layout.Style.*;

import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.sheets.Block;
import org.callsheet.logic.sheets.Drawing;
import org.callsheet.logic.sheets.Field;
import org.callsheet.logic.sheets.FieldGrid;
import org.callsheet.logic.sheets.Heading;
import org.callsheet.logic.sheets.Paragraph;
import org.callsheet.logic.sheets.Spacer;
import org.callsheet.logic.sheets.Table;
import org.callsheet.logic.sheets.WritingLines;

/** Turns blocks into rows of the content width; a table's header row comes back separately. */
final class BlockRows {
    /** The rows of one block; {@code repeatedHeader} (may be null) opens every page the block continues on. */
    record Rows(List<Row> rows, Row repeatedHeader) {
    }

    private final TextFitter fitter;
    private final float width;

    BlockRows(TextFitter fitter, float width) {
        this.fitter = fitter;
        this.width = width;
    }

    Rows of(Block block) {
        return switch (block) {
            case Heading h -> new Rows(List.of(heading(h)), null);
            case Paragraph p -> new Rows(paragraph(p), null);
            case FieldGrid g -> new Rows(grid(g), null);
            case Table t -> table(t);
            case WritingLines w -> new Rows(writing(w), null);
            case Spacer s -> new Rows(List.of(new Row(s.points(), List.of())), null);
            case Drawing d -> new Rows(List.of(drawing(d)), null);
        };
    }

    private float ascent(float size) {
        return fitter.metrics().ascent() * size;
    }

    private static float leading(float size) {
        return size * LEADING;
    }

    private Row heading(Heading h) {
        if (h.level() == Heading.Level.SHEET) {
            String text = fitter.displayable(h.text());
            String shown = fitter.width(text, SHEET_HEADING) <= width ? text
                    : fitter.ellipsized(text, SHEET_HEADING, width);
            float height = leading(SHEET_HEADING) + 4;
            return new Row(height, List.of(new PageItem.Text(0, ascent(SHEET_HEADING) + 2, SHEET_HEADING, true, 0,
                    shown)), true);
        }
        float band = leading(SECTION_HEADING) + 1;
        String text = fitter.displayable(h.text());
        float top = 4;
        return new Row(top + band + 2, List.of(
                new PageItem.Box(0, top, width, band, BAND_GRAY),
                new PageItem.Text(CELL_PAD, top + 1 + ascent(SECTION_HEADING) + 1, SECTION_HEADING, true, 0, text)),
                true);
    }

    /** The drawing centred, narrowed to the content width in its proportions when wider. */
    private Row drawing(Drawing d) {
        float scale = Math.min(1f, width / d.width());
        float w = d.width() * scale;
        float h = d.height() * scale;
        return new Row(h + 2 * DRAWING_GAP, List.of(new PageItem.Picture((width - w) / 2, DRAWING_GAP, w, h,
                d.content())));
    }

    private List<Row> paragraph(Paragraph p) {
        List<Row> rows = new ArrayList<>();
        for (String line : fitter.wrap(p.text(), BODY, width)) {
            rows.add(new Row(leading(BODY), List.of(new PageItem.Text(0, ascent(BODY) + 1, BODY, false, 0, line))));
        }
        return rows;
    }

    private List<Row> grid(FieldGrid grid) {
        int columns = grid.columns();
        float cellWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
        float labelWidth = columns == 1 ? labelColumn() : cellWidth * LABEL_SHARE;
        float valueWidth = cellWidth - labelWidth - CELL_PAD;
        List<Row> rows = new ArrayList<>();
        List<Field> fields = grid.fields();
        for (int start = 0; start < fields.size(); start += columns) {
            List<PageItem> items = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns && start + c < fields.size(); c++) {
                Field field = fields.get(start + c);
                float x = c * (cellWidth + COLUMN_GAP);
                List<String> labelLines = fitter.wrap(field.label(), LABEL, labelWidth - CELL_PAD, 2);
                lines = Math.max(lines, labelLines.size());
                for (int i = 0; i < labelLines.size(); i++) {
                    items.add(new PageItem.Text(x, baseline(i, BODY), LABEL, false, LABEL_GRAY, labelLines.get(i)));
                }
                float vx = x + labelWidth;
                if (field.blank()) {
                    float y = baseline(0, BODY) + 2.5f;
                    items.add(new PageItem.Rule(vx, y, vx + valueWidth, y, 0.4f, WRITING_GRAY));
                    continue;
                }
                List<String> valueLines = fitter.wrap(field.value(), BODY, valueWidth, MAX_FIELD_LINES);
                lines = Math.max(lines, valueLines.size());
                for (int i = 0; i < valueLines.size(); i++) {
                    items.add(new PageItem.Text(vx, baseline(i, BODY), BODY, false, 0, valueLines.get(i)));
                }
            }
            rows.add(new Row(lines * leading(BODY) + 2, items));
        }
        return rows;
    }

    private float baseline(int line, float size) {
        return 1 + line * leading(size) + ascent(size);
    }

    private Rows table(Table table) {
        int n = table.headers().size();
        float[] widths = ColumnWidths.of(table, width, this::naturalWidth);
        float[] x = new float[n + 1];
        for (int i = 0; i < n; i++) {
            x[i + 1] = x[i] + widths[i];
        }
        Row header = tableRow(table.headers(), x, LABEL, true, true);
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : table.rows()) {
            rows.add(tableRow(cells, x, BODY, false, false));
        }
        // the header travels with the first row; continued pages repeat it
        List<Row> all = new ArrayList<>();
        all.add(new Row(header.height(), header.items(), !rows.isEmpty()));
        all.addAll(rows);
        return new Rows(all, header);
    }

    private Row tableRow(List<String> cells, float[] x, float size, boolean bold, boolean band) {
        List<PageItem> items = new ArrayList<>();
        int lines = 1;
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            List<String> cellLines = fitter.wrap(cells.get(i), size, x[i + 1] - x[i] - 2 * CELL_PAD, MAX_CELL_LINES);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        boolean blank = cells.stream().allMatch(String::isBlank);
        // an empty row is room to write in by hand
        float height = blank ? WRITING_LINE : lines * leading(size) + 2 * CELL_PAD - 2;
        if (band) {
            items.add(new PageItem.Box(0, 0, width, height, BAND_GRAY));
        }
        for (int i = 0; i < wrapped.size(); i++) {
            List<String> cellLines = wrapped.get(i);
            for (int l = 0; l < cellLines.size(); l++) {
                items.add(new PageItem.Text(x[i] + CELL_PAD, CELL_PAD - 1 + l * leading(size) + ascent(size), size,
                        bold, bold ? 0.15f : 0, cellLines.get(l)));
            }
        }
        items.add(new PageItem.Rule(0, height, width, height, 0.4f, RULE_GRAY));
        return new Row(height, items);
    }

    /** The width a column's cells take on one line each (header in labels, body text), padding included. */
    private float naturalWidth(Table table, int column) {
        float widest = fitter.width(fitter.displayable(table.headers().get(column)), LABEL);
        for (List<String> row : table.rows()) {
            widest = Math.max(widest, fitter.width(fitter.displayable(row.get(column)), BODY));
        }
        return widest + 2 * CELL_PAD + 1;
    }

    /** Width of the labels of one-column grids and writing lines, lined up with those of two-column grids. */
    private float labelColumn() {
        return (width - COLUMN_GAP) / 2 * LABEL_SHARE;
    }

    private List<Row> writing(WritingLines block) {
        int columns = block.columns();
        float cellWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
        float labelWidth = columns == 1 ? labelColumn() : cellWidth * LABEL_SHARE;
        float height = block.lines() * WRITING_LINE;
        List<Row> rows = new ArrayList<>();
        List<String> labels = block.labels();
        for (int start = 0; start < labels.size(); start += columns) {
            List<PageItem> items = new ArrayList<>();
            for (int c = 0; c < columns && start + c < labels.size(); c++) {
                float x = c * (cellWidth + COLUMN_GAP);
                for (int i = 1; i <= block.lines(); i++) {
                    float y = i * WRITING_LINE;
                    items.add(new PageItem.Rule(x + labelWidth, y, x + cellWidth, y, 0.5f, WRITING_GRAY));
                }
                List<String> labelLines = fitter.wrap(labels.get(start + c), LABEL, labelWidth - CELL_PAD,
                        block.lines());
                for (int i = 0; i < labelLines.size(); i++) {
                    items.add(new PageItem.Text(x, (i + 1) * WRITING_LINE - 3, LABEL, false, LABEL_GRAY,
                            labelLines.get(i)));
                }
            }
            rows.add(new Row(height + 3, items));
        }
        // the block is filled in by hand as a whole: its rows stay on one page
        List<Row> together = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            together.add(i + 1 < rows.size() ? new Row(row.height(), row.items(), true) : row);
        }
        return together;
    }
}
