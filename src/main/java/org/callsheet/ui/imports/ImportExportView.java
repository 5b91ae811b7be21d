package org.callsheet.ui.imports;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.callsheet.logic.csv.EntityRegistry;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.ui.i18n.I18n;

/** The Import/Export screen: the import wizard, the history of imports, and the export form. */
public final class ImportExportView {
    private final ImportViewModel model;
    private final I18n i18n;
    private final TabPane tabs = new TabPane();

    public ImportExportView(ImportViewModel model, ExportViewModel export, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        tabs.setId("import-export");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab(i18n.get("importui.tab.import"), scroll(importPane())),
                new Tab(i18n.get("importui.tab.history"), new HistoryPane(model, i18n).node()),
                new Tab(i18n.get("importui.tab.export"), new ExportPane(export, i18n).node()));
        model.refreshHistory();
    }

    public Node node() {
        return tabs;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    private VBox importPane() {
        VBox box = new VBox(10);
        box.setPadding(new Insets(16));
        box.getChildren().addAll(step("importui.step.file"), fileRow(), encodingRow(),
                step("importui.step.columns"), mappingButtons(), new MappingGrid(model, i18n).node(),
                new Label(i18n.get("importui.preview")), new PreviewTable(model, i18n).node(), ownerNote(),
                step("importui.step.dates"), new DatePane(model, i18n).node(),
                step("importui.step.duplicates"), policyRow(),
                step("importui.step.run"), runRow(), new ResultPane(model, i18n).node());
        return box;
    }

    /** Who will own the customers the file adds: the rep, unless an owner column says otherwise. */
    private Label ownerNote() {
        Label note = new Label();
        note.setId("import-owner");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(Bindings.createStringBinding(() -> model.ownerNote().orElse(""),
                model.mappingProperty(), model.defaultOwnerProperty()));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private Label step(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private HBox fileRow() {
        ComboBox<String> entity = new ComboBox<>();
        entity.setId("import-entity");
        entity.getItems().setAll(StandardEntities.CUSTOMERS_ID, StandardEntities.CONTACTS_ID,
                StandardEntities.ORDERS_ID, StandardEntities.CALLS_ID, StandardEntities.VISITS_ID,
                StandardEntities.OPPORTUNITIES_ID);
        entity.setValue(model.entityProperty().get().id());
        entity.setConverter(Converters.of(id -> i18n.get("importui.entity." + id)));
        entity.valueProperty().addListener((obs, old, now) -> {
            if (entity.getScene() == null) {
                return; // a view left behind by a language change
            }
            model.entityProperty().set(EntityRegistry.standard().find(now).orElse(StandardEntities.CUSTOMERS));
            model.reload();
        });
        Button choose = new Button(i18n.get("importui.chooseFile"));
        choose.setId("import-choose");
        choose.setOnAction(e -> {
            File chosen = chooser("importui.chooseFile").showOpenDialog(window());
            if (chosen != null) {
                model.open(chosen.toPath());
            }
        });
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? i18n.get("importui.noFile") : model.fileProperty().get().toString(), model.fileProperty()));
        return row(new Label(i18n.get("importui.entity")), entity, choose, file);
    }

    private HBox encodingRow() {
        ComboBox<String> encoding = new ComboBox<>();
        encoding.setId("import-encoding");
        encoding.getItems().setAll(ImportViewModel.ENCODINGS);
        encoding.setConverter(Converters.of(e -> ImportViewModel.AUTO.equals(e) ? i18n.get("importui.encoding.auto")
                : e));
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        // the model outlives this view; a view left behind by a language change must not reload
        encoding.valueProperty().addListener((obs, old, now) -> {
            if (encoding.getScene() != null) {
                model.reload();
            }
        });
        Label readAs = new Label();
        readAs.setId("import-read-as");
        readAs.textProperty().bind(model.readAsProperty());
        return row(new Label(i18n.get("importui.encoding")), encoding, readAs);
    }

    private HBox mappingButtons() {
        Button save = new Button(i18n.get("importui.mapping.save"));
        save.disableProperty().bind(model.mappingProperty().isNull());
        save.setOnAction(e -> {
            File target = chooser("importui.mapping.save").showSaveDialog(window());
            if (target != null) {
                model.saveMapping(target.toPath());
            }
        });
        Button load = new Button(i18n.get("importui.mapping.load"));
        load.setOnAction(e -> {
            File source = chooser("importui.mapping.load").showOpenDialog(window());
            if (source != null) {
                model.loadMapping(source.toPath());
            }
        });
        return row(save, load);
    }

    private HBox policyRow() {
        ComboBox<org.callsheet.logic.csv.imports.DuplicatePolicy> policy = new ComboBox<>();
        policy.setId("import-policy");
        policy.getItems().setAll(org.callsheet.logic.csv.imports.DuplicatePolicy.values());
        policy.setConverter(Converters.of(p -> model.texts().text("imports.policy."
                + p.name().toLowerCase(java.util.Locale.ROOT))));
        policy.valueProperty().bindBidirectional(model.policyProperty());
        return row(policy);
    }

    private Node runRow() {
        Button check = new Button(i18n.get("importui.check"));
        check.setId("import-check");
        Button run = new Button(i18n.get("importui.import"));
        run.setId("import-run");
        run.getStyleClass().add(Styles.ACCENT);
        Button cancel = new Button(i18n.get("importui.cancel"));
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        Label blocker = new Label();
        blocker.getStyleClass().add(Styles.DANGER);
        blocker.setWrapText(true);
        Runnable update = () -> {
            boolean ready = model.ready();
            check.setDisable(!ready);
            run.setDisable(!ready);
            blocker.setText(model.blocker().orElse(""));
        };
        model.mappingProperty().addListener((obs, old, now) -> update.run());
        model.busyProperty().addListener((obs, old, now) -> update.run());
        model.dateColumns().addListener((ListChangeListener<ImportViewModel.DateColumn>) c -> update.run());
        update.run();
        check.setOnAction(e -> model.check());
        run.setOnAction(e -> model.importFile());
        cancel.setOnAction(e -> model.cancel());
        Label progress = new Label();
        progress.setId("import-progress");
        progress.textProperty().bind(model.progressProperty());
        return new VBox(6, row(check, run, cancel, progress), blocker);
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private Window window() {
        return tabs.getScene() == null ? null : tabs.getScene().getWindow();
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(10, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
