package org.callsheet.logic.sheets.layout;

/** Sizes and spacing of every sheet, in points. */
final class Style {
    static final float MARGIN_SIDE = 42f;
    static final float MARGIN_TOP = 30f;
    static final float MARGIN_BOTTOM = 28f;
    static final float HEADER_HEIGHT = 26f;
    static final float FOOTER_HEIGHT = 18f;

    static final float TITLE = 12f;
    static final float SMALL = 8f;
    static final float SHEET_HEADING = 15f;
    static final float SECTION_HEADING = 10f;
    static final float BODY = 8.5f;
    static final float LABEL = 7.5f;
    static final float LEADING = 1.3f;
    /** Share of a two-column grid's cell taken by the label. */
    static final float LABEL_SHARE = 0.36f;

    static final float LABEL_GRAY = 0.38f;
    static final float BAND_GRAY = 0.91f;
    static final float RULE_GRAY = 0.72f;
    static final float WRITING_GRAY = 0.55f;

    static final float CELL_PAD = 3f;
    static final float COLUMN_GAP = 14f;
    static final int MAX_CELL_LINES = 8;
    static final int MAX_FIELD_LINES = 6;
    static final float WRITING_LINE = 20f;
    /** Space above and below a drawing. */
    static final float DRAWING_GAP = 4f;

    private Style() {
    }
}
