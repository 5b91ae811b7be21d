package org.callsheet.ui.setup;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.settings.SettingsView;

/**
 * The welcome dialog of the first start. It speaks the language chosen in it, so its texts are
 * rebuilt when the user picks another.
 */
public final class FirstStartDialog {
    private final FirstStartViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<FirstStartViewModel> finished;

    public FirstStartDialog(FirstStartViewModel model, Window owner, Consumer<FirstStartViewModel> finished) {
        this.model = model;
        this.finished = finished;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setResizable(false);
        Scene scene = new Scene(build(new I18n(model.languageProperty().get())));
        Stylesheets.apply(scene);
        stage.setScene(scene);
        model.languageProperty().addListener((obs, old, now) -> {
            scene.setRoot(build(new I18n(now)));
            stage.sizeToScene();
        });
        stage.setOnCloseRequest(e -> {
            // Closing the window is the same as answering later: the questions come back next start.
            if (model.runningProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private Parent build(I18n i18n) {
        stage.setTitle(i18n.get("setup.title"));
        Label title = new Label(i18n.get("setup.welcome"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(i18n.get("setup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TextField name = new TextField();
        name.setId("setupRepName");
        name.textProperty().bindBidirectional(model.repNameProperty());
        ComboBox<Language> language = SettingsView.languageCombo(i18n);
        language.setId("setupLanguage");
        language.setValue(model.languageProperty().get());
        language.valueProperty().addListener((obs, old, now) -> Platform.runLater(
                () -> model.languageProperty().set(now)));
        CheckBox demo = new CheckBox(i18n.get("setup.demo"));
        demo.setId("setupDemo");
        demo.selectedProperty().bindBidirectional(model.loadDemoProperty());
        Spinner<Integer> count = new Spinner<>(1, FirstStartViewModel.MAX_DEMO_CUSTOMERS,
                model.demoCustomersProperty().get(), 1000);
        count.setEditable(true);
        count.setId("setupDemoCount");
        count.valueProperty().addListener((obs, old, now) -> model.demoCustomersProperty().set(now == null ? 0 : now));
        count.disableProperty().bind(model.loadDemoProperty().not());

        FormGrid form = new FormGrid(i18n, 1)
                .add("setup.repName", name, model.errors(), "repName")
                .add("setup.language", language, null, null);
        if (model.demoOffered()) {
            form.add("setup.demoData", demo, null, null)
                    .add("setup.demoCount", count, model.errors(), "demoCustomers");
        }
        form.node().disableProperty().bind(model.runningProperty());

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Label loading = new Label(i18n.get("setup.loading"));
        VBox progressBox = new VBox(6, loading, progress);
        progressBox.visibleProperty().bind(model.runningProperty().and(model.loadDemoProperty()));
        progressBox.managedProperty().bind(progressBox.visibleProperty());

        Button cancel = new Button(i18n.get("common.cancel"));
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button start = new Button(i18n.get("setup.start"));
        start.setId("setupStart");
        start.getStyleClass().add(Styles.ACCENT);
        start.setDefaultButton(true);
        start.disableProperty().bind(model.runningProperty());
        start.setOnAction(e -> model.finish(() -> {
            stage.close();
            finished.accept(model);
        }));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, start);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(14, title, intro, form.node(), progressBox, buttons);
        root.setPadding(new Insets(24));
        root.setPrefWidth(520);
        Platform.runLater(name::requestFocus);
        return root;
    }
}
