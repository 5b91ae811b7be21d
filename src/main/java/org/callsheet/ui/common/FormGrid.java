package org.callsheet.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.callsheet.ui.i18n.I18n;

/**
 * A form laid out as label / field pairs, in one or two columns, each field with a place for its
 * validation message right under it.
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private final I18n i18n;
    private final int pairsPerRow;
    private int cell;
    private boolean messageLines;

    public FormGrid(I18n i18n, int pairsPerRow) {
        this.i18n = i18n;
        this.pairsPerRow = pairsPerRow;
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 0, 4, 0));
        for (int i = 0; i < pairsPerRow; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setHalignment(HPos.RIGHT);
            label.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints field = new ColumnConstraints(160, 240, Double.MAX_VALUE);
            field.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(label, field);
        }
    }

    /**
     * Gives every field's message its line from the start, so a form in a window that does not
     * grow (a dialog) keeps its buttons in view when messages appear.
     */
    public FormGrid keepingMessageLines() {
        messageLines = true;
        return this;
    }

    /** Adds a field with its label; {@code errorField} names its entry in {@code errors}, or null. */
    public FormGrid add(String labelKey, Node field, ObservableMap<String, String> errors, String errorField) {
        return addLabelled(i18n.get(labelKey), field, errors, errorField);
    }

    /** Adds a field with a label text made by the caller (e.g. formatted with an argument). */
    public FormGrid addLabelled(String text, Node field, ObservableMap<String, String> errors, String errorField) {
        VBox box = new VBox(2, field);
        if (errors != null && errorField != null) {
            box.getChildren().add(kept(errorLabel(i18n, errors, errorField)));
        }
        return place(text, field, box);
    }

    /**
     * Adds a field that can have an error or, when it has none, a warning (a value that is kept
     * but deserves a word). In a form keeping its message lines both share one line.
     */
    public FormGrid addWithWarning(String labelKey, Node field, ObservableMap<String, String> errors,
                                   ObservableMap<String, String> warnings, String errorField) {
        Label error = kept(errorLabel(i18n, errors, errorField));
        Label warning = kept(warningLabel(i18n, warnings, errorField));
        warning.visibleProperty().unbind();
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty().and(error.visibleProperty().not()));
        VBox box = new VBox(2, field);
        if (messageLines) {
            StackPane line = new StackPane(error, warning);
            line.setAlignment(Pos.TOP_LEFT);
            box.getChildren().add(line);
        } else {
            box.getChildren().addAll(error, warning);
        }
        return place(i18n.get(labelKey), field, box);
    }

    /** A message that keeps its line from the start when the form keeps message lines. */
    private Label kept(Label message) {
        if (messageLines) {
            message.managedProperty().unbind();
            message.setManaged(true);
        }
        return message;
    }

    /** Puts the field's label and its box (the field with its message lines) in the next cell. */
    private FormGrid place(String text, Node field, VBox box) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        int row = cell / pairsPerRow;
        int column = (cell % pairsPerRow) * 2;
        grid.add(label, column, row);
        GridPane.setValignment(label, VPos.TOP);
        // level with the text of a text box; a check box's own text starts at the top of its row
        GridPane.setMargin(label, new Insets(field instanceof CheckBox ? 0 : 6, 0, 0, 0));
        grid.add(box, column + 1, row);
        cell++;
        return this;
    }

    /** Adds a field that takes a whole row. */
    public FormGrid addWide(String labelKey, Node field, ObservableMap<String, String> errors, String errorField) {
        if (cell % pairsPerRow != 0) {
            cell += pairsPerRow - cell % pairsPerRow;
        }
        add(labelKey, field, errors, errorField);
        GridPane.setColumnSpan(field.getParent(), pairsPerRow * 2 - 1);
        cell += pairsPerRow - 1;
        return this;
    }

    public GridPane node() {
        return grid;
    }

    /** A small amber message for a value that is kept but deserves a word; hides when there is none. */
    public static Label warningLabel(I18n i18n, ObservableMap<String, String> warnings, String field) {
        Label warning = errorLabel(i18n, warnings, field);
        warning.getStyleClass().setAll("label", Styles.WARNING, Styles.TEXT_SMALL, "field-warning");
        warning.setId("warning-" + field);
        return warning;
    }

    /** A small red message that shows the translated error of one field and hides when there is none. */
    public static Label errorLabel(I18n i18n, ObservableMap<String, String> errors, String field) {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(
                () -> errors.containsKey(field) ? i18n.get(errors.get(field)) : "", errors));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setId("error-" + field);
        return error;
    }
}
