package org.callsheet.ui.analysis;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.callsheet.logic.classification.ChangedField;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/**
 * The customer editor's "Classification" tab: the current classification, manual status (set or
 * clear) and the history of class changes.
 */
public final class ClassificationTab {
    private ClassificationTab() {
    }

    public static Tab create(CustomerClassificationViewModel model, I18n i18n,
                             java.util.function.Supplier<String> customerName) {
        Label manual = new Label();
        manual.setId("manualStatus");
        manual.textProperty().bind(Bindings.createStringBinding(() -> model.overrideProperty().get() == null
                ? i18n.get("analysis.override.none")
                : i18n.format("analysis.override.current",
                        StatusLabels.label(i18n, model.overrideProperty().get().status()),
                        model.overrideProperty().get().reason()), model.overrideProperty()));
        Button set = new Button(i18n.get("analysis.override.menu"));
        set.setId("setManualStatus");
        set.setOnAction(e -> OverrideDialog.ask(set.getScene().getWindow(), i18n, customerName.get(),
                model.overrideProperty().get() == null ? null : model.overrideProperty().get().status())
                .ifPresent(a -> model.setOverride(a.status(), a.reason())));
        Button clear = new Button(i18n.get("analysis.override.clear"));
        clear.setId("clearManualStatus");
        clear.disableProperty().bind(model.overrideProperty().isNull());
        clear.setOnAction(e -> model.clearOverride());
        HBox top = new HBox(8, manual, set, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get() == null ? ""
                : i18n.format(model.messageProperty().get().key(), model.messageProperty().get().args().toArray()),
                model.messageProperty()));
        message.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<ClassificationChange> table = new TableView<>(model.history());
        table.setId("classificationHistory");
        table.setPlaceholder(new Label(i18n.get("analysis.history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        DateTimeFormatter when = i18n.dates().dateTimeFormatter();
        table.getColumns().add(column(i18n, "analysis.history.when",
                c -> when.format(c.changedAt().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(column(i18n, "analysis.history.what",
                c -> i18n.get("analysis.history.field." + c.what().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(column(i18n, "analysis.history.from", c -> value(i18n, c.what(), c.from())));
        table.getColumns().add(column(i18n, "analysis.history.to", c -> value(i18n, c.what(), c.to())));
        table.getColumns().add(column(i18n, "analysis.history.why",
                c -> i18n.get("analysis.history.cause." + c.cause().name().toLowerCase(Locale.ROOT))
                        + (c.note() == null ? "" : ": " + c.note())));
        VBox.setVgrow(table, Priority.ALWAYS);
        CheckBox black = new CheckBox(i18n.get("analysis.blackFace.label"));
        black.setId("blackFace");
        black.setSelected(model.blackFaceProperty().get());
        model.blackFaceProperty().addListener((obs, old, now) -> black.setSelected(now));
        black.selectedProperty().addListener((obs, old, now) -> model.setBlackFace(now));
        VBox box = new VBox(10, ClassificationSummary.node(model, i18n), top, black, message, table);
        box.setPadding(new Insets(12));
        Tab tab = new Tab(i18n.get("analysis.history.tab"), box);
        tab.setId("classificationTab");
        model.load();
        return tab;
    }

    /** A stored enum name in the user's language; empty for "none". */
    static String value(I18n i18n, ChangedField what, String name) {
        if (name == null) {
            return "";
        }
        try {
            return switch (what) {
                case STATUS -> StatusLabels.label(i18n, CustomerStatus.valueOf(name));
                case SEGMENT -> i18n.get(RfmSegment.valueOf(name).messageKey());
                case QUADRANT -> i18n.get(ValueQuadrant.valueOf(name).messageKey());
            };
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    private static TableColumn<ClassificationChange, String> column(I18n i18n, String key,
                                                                    Function<ClassificationChange, String> value) {
        TableColumn<ClassificationChange, String> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
