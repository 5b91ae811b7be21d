package org.callsheet.ui.visits;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.ui.i18n.I18n;

/**
 * The week plan: spread the candidates shown over the next working days, see each day's stops
 * and districts, move a stop to another day, and store the days as planned visits.
 */
final class WeekPane {
    private final VBox root = new VBox(8);

    WeekPane(WeekModel week, I18n i18n) {
        root.setPadding(new Insets(8));
        Spinner<Integer> days = new Spinner<>(1, 20, week.daysProperty().get());
        days.setEditable(true);
        days.setPrefWidth(80);
        days.valueProperty().addListener((obs, old, now) -> week.daysProperty().set(now));
        Spinner<Integer> perDay = new Spinner<>(1, 20, week.stopsPerDayProperty().get());
        perDay.setEditable(true);
        perDay.setPrefWidth(80);
        perDay.valueProperty().addListener((obs, old, now) -> week.stopsPerDayProperty().set(now));
        Button spread = new Button(i18n.get("visits.week.spread"));
        spread.setId("spreadWeek");
        spread.setOnAction(e -> week.spread());
        HBox controls = new HBox(8, new Label(i18n.get("visits.week.days")), days,
                new Label(i18n.get("visits.week.perDay")), perDay, spread);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TreeView<Object> tree = new TreeView<>(new TreeItem<>());
        tree.setId("weekTree");
        tree.setShowRoot(false);
        VBox.setVgrow(tree, Priority.ALWAYS);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : switch (item) {
                    case WeekModel.WeekDay d -> i18n.format("visits.week.day", i18n.dates().weekdayDate(d.day()),
                            d.stops().size(), String.join(i18n.get("common.listSeparator"), d.stops().stream()
                                    .map(s -> s.area().district()).distinct().toList()));
                    case PlacedCandidate c -> VisitLabels.candidate(i18n, c);
                    case String s -> s;
                    default -> "";
                });
            }
        });
        Runnable fill = () -> {
            tree.getRoot().getChildren().clear();
            for (WeekModel.WeekDay d : week.days()) {
                TreeItem<Object> day = new TreeItem<>(d);
                d.stops().forEach(s -> day.getChildren().add(new TreeItem<>(s)));
                day.setExpanded(true);
                tree.getRoot().getChildren().add(day);
            }
            if (!week.leftOver().isEmpty()) {
                TreeItem<Object> rest = new TreeItem<>(i18n.format("visits.week.leftOver", week.leftOver().size()));
                week.leftOver().forEach(s -> rest.getChildren().add(new TreeItem<>(s)));
                tree.getRoot().getChildren().add(rest);
            }
        };
        week.days().addListener((ListChangeListener<WeekModel.WeekDay>) c -> fill.run());

        ComboBox<LocalDate> target = new ComboBox<>();
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return i18n.dates().weekdayDate(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return null;
            }
        });
        week.days().addListener((ListChangeListener<WeekModel.WeekDay>) c ->
                target.getItems().setAll(week.days().stream().map(WeekModel.WeekDay::day).toList()));
        Button move = new Button(i18n.get("visits.week.move"));
        move.setId("moveInWeek");
        move.setOnAction(e -> {
            TreeItem<Object> chosen = tree.getSelectionModel().getSelectedItem();
            if (chosen != null && chosen.getValue() instanceof PlacedCandidate c && target.getValue() != null) {
                week.move(c, target.getValue());
            }
        });
        Button save = new Button(i18n.get("visits.week.save"));
        save.setId("saveWeek");
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(week.days()));
        save.setOnAction(e -> week.save());
        HBox actions = new HBox(8, new Label(i18n.get("visits.week.moveTo")), target, move, save);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label(i18n.get("visits.week.hint"));
        hint.setWrapText(true);
        root.getChildren().addAll(hint, controls, tree, actions);
    }

    Node node() {
        return root;
    }
}
