package org.callsheet.ui.imports;

import java.io.File;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.callsheet.logic.csv.imports.ImportProblem;
import org.callsheet.ui.i18n.I18n;

/** The outcome of a check or an import: the counts in words, the problems, the error file and undo. */
final class ResultPane {
    private final VBox box = new VBox(8);

    ResultPane(ImportViewModel model, I18n i18n) {
        Label message = new Label();
        message.setId("import-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        TableView<ImportProblem> problems = new TableView<>(model.problems());
        problems.setId("import-problems");
        problems.setPrefHeight(180);
        problems.setPlaceholder(new Label(i18n.get("importui.problems.none")));
        problems.getColumns().add(column(i18n.get("importui.problems.row"), 70,
                p -> p.row() == 0 ? "" : String.valueOf(p.row())));
        problems.getColumns().add(column(i18n.get("importui.problems.column"), 140, ImportProblem::column));
        problems.getColumns().add(column(i18n.get("importui.problems.reason"), 560,
                model::reason));
        Button saveErrors = new Button(i18n.get("importui.saveErrors"));
        saveErrors.setId("import-save-errors");
        saveErrors.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.resultProperty().get() == null || model.resultProperty().get().errorFile().isEmpty()
                        || model.resultProperty().get().counts().rejected() == 0, model.resultProperty()));
        saveErrors.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("importui.saveErrors"));
            chooser.setInitialFileName("errors.csv");
            File target = chooser.showSaveDialog(box.getScene().getWindow());
            if (target != null) {
                model.saveErrorFile(target.toPath());
            }
        });
        Button undo = new Button(i18n.get("importui.undoThis"));
        undo.setId("import-undo-this");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.resultProperty().get() == null || model.resultProperty().get().batchId().isEmpty(),
                model.resultProperty()).or(model.busyProperty()));
        undo.setOnAction(e -> model.undoThis());
        box.getChildren().addAll(message, problems, ImportExportView.row(saveErrors, undo));
    }

    private static TableColumn<ImportProblem, String> column(String title, double width,
                                                            java.util.function.Function<ImportProblem, String> text) {
        TableColumn<ImportProblem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new SimpleStringProperty(text.apply(row.getValue())));
        return column;
    }

    Node node() {
        return box;
    }
}
