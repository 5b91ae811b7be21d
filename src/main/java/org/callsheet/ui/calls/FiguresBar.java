package org.callsheet.ui.calls;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.callsheet.logic.calls.CallStatistics.DayFigures;
import org.callsheet.ui.i18n.I18n;

/** The figures of a day as three tiles: calls, connected rate, talk time. */
public final class FiguresBar {
    private FiguresBar() {
    }

    public static HBox create(I18n i18n, ObservableValue<DayFigures> figures, String id) {
        HBox bar = new HBox(12,
                tile(i18n, "figures.calls", figures, f -> Integer.toString(f.calls()), id + "-calls"),
                tile(i18n, "figures.connectedRate", figures,
                        f -> Math.round(f.connectedRate() * 100) + "%", id + "-rate"),
                tile(i18n, "figures.talkTime", figures, f -> CallTimes.format(f.talkTime()), id + "-talk"));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static VBox tile(I18n i18n, String key, ObservableValue<DayFigures> figures,
                             java.util.function.Function<DayFigures, String> value, String id) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add(Styles.TITLE_3);
        number.textProperty().bind(Bindings.createStringBinding(
                () -> figures.getValue() == null ? "–" : value.apply(figures.getValue()), figures));
        Label caption = new Label(i18n.get(key));
        caption.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox tile = new VBox(0, number, caption);
        tile.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6; -fx-padding: 6 14 6 14;");
        return tile;
    }
}
