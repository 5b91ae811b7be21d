package org.callsheet.ui.analysis;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.callsheet.logic.classification.SegmentSummary;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.ui.i18n.I18n;

/**
 * The eight RFM segments as a 2 × 4 grid (important / general × value, keep, develop, retain):
 * customers, revenue and the suggested action of each; a click opens the segment's customers.
 */
final class SegmentGrid {
    private static final RfmSegment[][] LAYOUT = {
            {RfmSegment.IMPORTANT_VALUE, RfmSegment.IMPORTANT_KEEP, RfmSegment.IMPORTANT_DEVELOP,
                    RfmSegment.IMPORTANT_RETAIN},
            {RfmSegment.GENERAL_VALUE, RfmSegment.GENERAL_KEEP, RfmSegment.GENERAL_DEVELOP,
                    RfmSegment.GENERAL_RETAIN}};

    private SegmentGrid() {
    }

    static VBox create(I18n i18n, List<SegmentSummary> segments, Consumer<RfmSegment> open) {
        Map<RfmSegment, SegmentSummary> bySegment = new EnumMap<>(RfmSegment.class);
        segments.forEach(s -> bySegment.put(s.segment(), s));
        GridPane grid = new GridPane(8, 8);
        for (int c = 0; c < 4; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(25);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < LAYOUT.length; r++) {
            for (int c = 0; c < LAYOUT[r].length; c++) {
                RfmSegment segment = LAYOUT[r][c];
                SegmentSummary s = bySegment.get(segment);
                grid.add(tile(i18n, segment, s == null ? 0 : s.customers(),
                        s == null ? BigDecimal.ZERO : s.revenue(), open), c, r);
            }
        }
        Label title = new Label(i18n.get("analysis.segments.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        return new VBox(8, title, grid);
    }

    private static Button tile(I18n i18n, RfmSegment segment, long customers, BigDecimal revenue,
                               Consumer<RfmSegment> open) {
        Label name = new Label(i18n.get(segment.messageKey()));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label numbers = new Label(i18n.format("analysis.segments.numbers", customers,
                revenue == null ? BigDecimal.ZERO : revenue));
        Label action = new Label(i18n.get("analysis.action." + segment.code()));
        action.setWrapText(true);
        action.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(4, name, numbers, action);
        Button tile = new Button(null, box);
        tile.setId("segment-" + segment.name().toLowerCase(Locale.ROOT));
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setMaxHeight(Double.MAX_VALUE);
        tile.setWrapText(true);
        tile.setOnAction(e -> open.accept(segment));
        return tile;
    }
}
