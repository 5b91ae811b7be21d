package org.callsheet.ui.visits;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.callsheet.model.VisitOutcome;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.i18n.I18n;

/** Logging a visit of the plan: outcome, needs, notes, next step and, optionally, the day to follow up. */
final class VisitLogDialog {
    /** What the rep entered. */
    record Entry(VisitOutcome outcome, String needs, String notes, String nextStep, Optional<LocalDate> followUp) {
    }

    private VisitLogDialog() {
    }

    static Optional<Entry> ask(Dialogs dialogs, I18n i18n, String customer) {
        Dialog<Entry> dialog = new Dialog<>();
        dialogs.prepare(dialog, i18n.format("visits.log.title", customer));
        ChoiceBox<VisitOutcome> outcome = new ChoiceBox<>();
        outcome.getItems().addAll(VisitOutcome.values());
        outcome.setValue(VisitOutcome.MET);
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(VisitOutcome value) {
                return value == null ? "" : VisitLabels.outcome(i18n, value);
            }

            @Override
            public VisitOutcome fromString(String string) {
                return null;
            }
        });
        TextField needs = new TextField();
        needs.setId("visitNeeds");
        TextArea notes = new TextArea();
        notes.setId("visitNotes");
        notes.setPrefRowCount(3);
        TextField next = new TextField();
        next.setId("visitNextStep");
        DatePicker followUp = DatePickers.create(i18n);
        followUp.setId("visitFollowUp");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("visits.log.outcome")), outcome);
        grid.addRow(1, new Label(i18n.get("visits.log.needs")), needs);
        grid.addRow(2, new Label(i18n.get("visits.log.notes")), notes);
        grid.addRow(3, new Label(i18n.get("visits.log.nextStep")), next);
        grid.addRow(4, new Label(i18n.get("visits.log.followUp")), followUp);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(i18n.get("visits.log.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(i18n.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(button -> button == save ? new Entry(outcome.getValue(), needs.getText(),
                notes.getText(), next.getText(), Optional.ofNullable(followUp.getValue())) : null);
        return dialog.showAndWait();
    }
}
