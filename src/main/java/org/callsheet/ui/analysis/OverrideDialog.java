package org.callsheet.ui.analysis;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/** Asks for a manual status and the reason for it; OK only with both. */
final class OverrideDialog {
    record Answer(CustomerStatus status, String reason) {
    }

    private OverrideDialog() {
    }

    static Optional<Answer> ask(Window owner, I18n i18n, String customerName, CustomerStatus current) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("analysis.override.title"));
        dialog.setHeaderText(i18n.format("analysis.override.header", customerName == null ? "" : customerName));
        ComboBox<CustomerStatus> status = new ComboBox<>();
        status.setId("overrideStatus");
        status.getItems().setAll(CustomerStatus.values());
        status.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : StatusLabels.label(i18n, item));
            }
        });
        status.setButtonCell(status.getCellFactory().call(null));
        status.setValue(current);
        TextField reason = new TextField();
        reason.setId("overrideReason");
        reason.setPrefColumnCount(28);
        GridPane grid = new GridPane(8, 8);
        grid.addRow(0, new Label(i18n.get("analysis.override.status")), status);
        grid.addRow(1, new Label(i18n.get("analysis.override.reason")), reason);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.get("analysis.override.set"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("analysis.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(status.valueProperty().isNull().or(reason.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ok ? new Answer(status.getValue(), reason.getText()) : null);
        return dialog.showAndWait();
    }
}
