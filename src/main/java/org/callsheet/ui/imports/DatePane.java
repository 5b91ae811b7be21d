package org.callsheet.ui.imports;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.callsheet.logic.csv.CsvMessages;
import org.callsheet.logic.csv.DayMonthOrder;
import org.callsheet.ui.i18n.I18n;

/** Each date column with the format read; an ambiguous one asks for day/month or month/day. */
final class DatePane {
    private final VBox box = new VBox(6);
    private final ImportViewModel model;
    private final I18n i18n;
    private final CsvMessages csv;

    DatePane(ImportViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.csv = new CsvMessages(i18n.language().locale());
        box.setId("import-dates");
        model.dateColumns().addListener((ListChangeListener<ImportViewModel.DateColumn>) c -> show());
        model.mappingProperty().addListener((o, before, now) -> show());
        show();
    }

    Node node() {
        return box;
    }

    private void show() {
        box.getChildren().clear();
        if (model.dateColumns().isEmpty()) {
            // nothing is known of the dates until a file is read
            box.getChildren().add(new Label(i18n.get(model.mappingProperty().get() == null
                    ? "importui.dates.noFile" : "importui.dates.none")));
        }
        for (ImportViewModel.DateColumn column : model.dateColumns()) {
            Label name = new Label(column.column());
            Label verdict = new Label(csv.text(column.report().formatKey()));
            if (!column.needsChoice()) {
                box.getChildren().add(ImportExportView.row(name, verdict));
                continue;
            }
            ComboBox<DayMonthOrder> order = new ComboBox<>();
            order.setId("date-order-" + column.fieldId());
            order.getItems().setAll(DayMonthOrder.values());
            order.setConverter(Converters.of(o -> i18n.get("importui.dates." + o.name().toLowerCase(
                    java.util.Locale.ROOT))));
            order.setPromptText(i18n.get("importui.dates.choose"));
            order.valueProperty().bindBidirectional(column.order());
            box.getChildren().add(ImportExportView.row(name, verdict, order));
        }
    }
}
