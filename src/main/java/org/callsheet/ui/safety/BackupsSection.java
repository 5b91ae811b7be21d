package org.callsheet.ui.safety;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.ui.i18n.I18n;

/** The Backups section of the Settings screen; it acts at once (it has no part in the screen's Save). */
public final class BackupsSection {
    private final VBox root = new VBox(8);
    private final BackupsViewModel model;
    private final I18n i18n;
    private final DateTimeFormatter when;

    public BackupsSection(BackupsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.when = i18n.dates().dateTimeFormatter()
                .withZone(ZoneId.systemDefault());
        Label title = new Label(i18n.get("backups.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(i18n.get("backups.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<BackupInfo> table = new TableView<>(model.backups());
        table.setId("backupsTable");
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("backups.column.date", b -> when.format(b.takenAt())));
        table.getColumns().add(column("backups.column.kind", b -> i18n.get("backups.kind." + b.kind().code())));
        table.getColumns().add(column("backups.column.size", b -> i18n.format("backups.size", megabytes(b.size()))));
        table.setPlaceholder(new Label(i18n.get("backups.none")));

        Button backUp = new Button(i18n.get("backups.backUpNow"));
        backUp.setId("backupsBackUpNow");
        backUp.disableProperty().bind(model.busyProperty());
        backUp.setOnAction(e -> model.backUpNow());
        Button restore = new Button(i18n.get("backups.restore"));
        restore.setId("backupsRestore");
        restore.disableProperty().bind(model.busyProperty()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> model.checkForRestore(table.getSelectionModel().getSelectedItem(), this::confirm));

        Spinner<Integer> days = new Spinner<>(1, 365, 7);
        days.getValueFactory().valueProperty().bindBidirectional(model.keepDaysProperty());
        Spinner<Integer> weeks = new Spinner<>(0, 104, 4);
        weeks.getValueFactory().valueProperty().bindBidirectional(model.keepWeeksProperty());
        days.setPrefWidth(90);
        weeks.setPrefWidth(90);
        days.valueProperty().addListener((obs, old, now) -> saveIfChanged(old, now));
        weeks.valueProperty().addListener((obs, old, now) -> saveIfChanged(old, now));
        HBox keep = new HBox(8, new Label(i18n.get("backups.keepDays")), days,
                new Label(i18n.get("backups.keepWeeks")), weeks);
        keep.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("backupsMessage");
        message.setWrapText(true);
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var m = model.messageProperty().get();
            return m == null ? "" : i18n.format(m.key(), m.args().toArray());
        }, model.messageProperty()));

        Button compact = new Button(i18n.get("backups.compactOnExit"));
        compact.setId("backupsCompactOnExit");
        compact.disableProperty().bind(model.busyProperty());
        compact.setOnAction(e -> model.compactOnExit());
        HBox buttons = new HBox(8, backUp, restore, compact);
        root.getChildren().addAll(title, intro, table, buttons, keep, message);
        root.setPadding(new Insets(0));
        root.setMaxWidth(720);
        root.setId("backups-section");
        model.load();
    }

    private void saveIfChanged(Integer old, Integer now) {
        if (old != null && now != null && !old.equals(now)) {
            model.saveRetention();
        }
    }

    public Node node() {
        return root;
    }

    private static TableColumn<BackupInfo, String> column(String key, java.util.function.Function<BackupInfo,
            String> text, I18n i18n) {
        TableColumn<BackupInfo, String> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private TableColumn<BackupInfo, String> column(String key, java.util.function.Function<BackupInfo, String> text) {
        return column(key, text, i18n);
    }

    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
    }

    /** The counts side by side; Restore only when the user agrees. */
    private void confirm(RestoreComparison comparison) {
        GridPane grid = new GridPane(16, 6);
        grid.addRow(0, new Label(), bold(i18n.format("backups.compare.backup", when.format(comparison.backup()
                .takenAt()))), bold(i18n.get("backups.compare.current")));
        BookCounts b = comparison.backup().counts();
        BookCounts c = comparison.current();
        row(grid, 1, "backups.count.customers", b.customers(), c.customers());
        row(grid, 2, "backups.count.calls", b.calls(), c.calls());
        row(grid, 3, "backups.count.orders", b.orders(), c.orders());
        row(grid, 4, "backups.count.followUps", b.followUps(), c.followUps());
        Label question = new Label(i18n.get("backups.compare.question"));
        question.setWrapText(true);
        VBox content = new VBox(12, grid, question);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.CANCEL);
        ButtonType restore = new ButtonType(i18n.get("backups.compare.restore"), ButtonType.OK.getButtonData());
        alert.getButtonTypes().add(restore);
        alert.setTitle(i18n.get("backups.restore"));
        alert.setHeaderText(i18n.get("backups.compare.header"));
        alert.getDialogPane().setContent(content);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.showAndWait().filter(restore::equals).ifPresent(agreed -> model.restore(comparison));
    }

    private void row(GridPane grid, int row, String key, long backup, long current) {
        grid.addRow(row, new Label(i18n.get(key)), new Label(i18n.format("backups.count", backup)),
                new Label(i18n.format("backups.count", current)));
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
