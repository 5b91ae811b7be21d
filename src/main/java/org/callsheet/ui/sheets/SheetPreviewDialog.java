package org.callsheet.ui.sheets;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.profile.EmptyFields;
import org.callsheet.logic.sheets.profile.SheetSection;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;

/**
 * The print preview of profile sheets: page by page with zoom, the language, paper, sections and
 * empty fields of this print, then Print (printer choice and page setup through the system's
 * dialogs) or Save as PDF. Esc closes; PgUp/PgDn turn the pages.
 */
final class SheetPreviewDialog {
    private static final List<Double> ZOOMS = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 2.0);
    /** Screen pixels per point at 100 %: paper at its real size on a 96 dpi screen. */
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private final SheetPreviewViewModel model;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final FxPageRenderer renderer = new FxPageRenderer();
    private final StackPane pageHolder = new StackPane();
    private final Label status = new Label();

    SheetPreviewDialog(SheetPreviewViewModel model, I18n i18n, Window owner) {
        this.model = model;
        this.i18n = i18n;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.format("sheets.preview.title", model.customerCount()));
        BorderPane root = new BorderPane();
        root.setId("sheetPreview");
        root.setTop(new VBox(6, choices(), navigation()));
        ScrollPane scroll = new ScrollPane(pageHolder);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        pageHolder.setPadding(new Insets(16));
        pageHolder.getStyleClass().add("sheet-preview-desk");
        pageHolder.setStyle("-fx-background-color: -color-bg-subtle;");
        root.setCenter(scroll);
        root.setBottom(progressBar());
        BorderPane.setMargin(root.getTop(), new Insets(10, 12, 8, 12));
        Scene scene = new Scene(root, 900, 740);
        Stylesheets.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), model::nextPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), model::previousPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                () -> print(false));
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        model.pages().addListener((javafx.collections.ListChangeListener<LaidOutPage>) c -> showPage());
        model.pageIndexProperty().addListener((obs, old, now) -> showPage());
        model.zoomProperty().addListener((obs, old, now) -> showPage());
        model.messageProperty().addListener((obs, old, now) -> status.setText(now == null ? ""
                : i18n.format(now.key(), now.args().toArray())));
    }

    void show() {
        stage.show();
        model.load();
    }

    Stage stage() {
        return stage;
    }

    private HBox choices() {
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("sheetLanguage");
        for (Language l : Language.values()) {
            language.getItems().add(l.locale());
        }
        language.setConverter(converter(locale -> Language.forLocale(locale).nativeName()));
        language.valueProperty().bindBidirectional(model.languageProperty());
        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("sheetPaper");
        paper.getItems().setAll(Paper.values());
        paper.setConverter(converter(p -> i18n.get("sheets.paper." + p.code())));
        paper.valueProperty().bindBidirectional(model.paperProperty());
        ComboBox<EmptyFields> empty = new ComboBox<>();
        empty.setId("sheetEmptyFields");
        empty.getItems().setAll(EmptyFields.values());
        empty.setConverter(converter(e -> i18n.get("sheets.empty." + e.code())));
        empty.valueProperty().bindBidirectional(model.emptyFieldsProperty());
        MenuButton sections = new MenuButton(i18n.get("sheets.preview.sections"));
        sections.setId("sheetSections");
        for (SheetSection section : SheetSection.values()) {
            CheckBox box = new CheckBox(i18n.get(section.messageKey()));
            box.setSelected(model.sections().contains(section));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    model.sections().add(section);
                } else {
                    model.sections().remove(section);
                }
                model.load();
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            sections.getItems().add(item);
        }
        language.valueProperty().addListener((obs, old, now) -> model.load());
        paper.valueProperty().addListener((obs, old, now) -> model.load());
        empty.valueProperty().addListener((obs, old, now) -> model.load());
        Button keep = new Button(i18n.get("sheets.preview.keepDefaults"));
        keep.setId("sheetKeepDefaults");
        keep.setOnAction(e -> model.keepAsDefaults());
        HBox row = new HBox(8, label("sheets.preview.language"), language, label("sheets.preview.paper"), paper,
                label("sheets.preview.emptyFields"), empty, sections, keep);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Label label(String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private HBox navigation() {
        Button previous = new Button(i18n.get("sheets.preview.previous"));
        previous.setId("sheetPrevious");
        previous.setOnAction(e -> model.previousPage());
        Button next = new Button(i18n.get("sheets.preview.next"));
        next.setId("sheetNext");
        next.setOnAction(e -> model.nextPage());
        Label page = new Label();
        page.setId("sheetPageNumber");
        page.textProperty().bind(Bindings.createStringBinding(() -> model.pages().isEmpty() ? ""
                        : i18n.format("sheets.preview.page", model.pageIndexProperty().get() + 1, model.pages().size()),
                model.pages(), model.pageIndexProperty()));
        previous.disableProperty().bind(model.pageIndexProperty().isEqualTo(0));
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.pageIndexProperty().get() >= model.pages().size() - 1, model.pages(),
                model.pageIndexProperty()));
        ComboBox<Double> zoom = new ComboBox<>();
        zoom.setId("sheetZoom");
        zoom.getItems().setAll(ZOOMS);
        zoom.setConverter(converter(z -> Math.round(z * 100) + " %"));
        zoom.setValue(model.zoomProperty().get());
        zoom.valueProperty().addListener((obs, old, now) -> model.zoomProperty().set(now));
        Button print = new Button(i18n.get("sheets.preview.print"));
        print.setId("sheetPrint");
        print.getStyleClass().add(Styles.ACCENT);
        print.setOnAction(e -> print(false));
        Button setup = new Button(i18n.get("sheets.preview.pageSetup"));
        setup.setId("sheetPageSetup");
        setup.setOnAction(e -> print(true));
        Button save = new Button(i18n.get("sheets.preview.savePdf"));
        save.setId("sheetSavePdf");
        save.setOnAction(e -> savePdf());
        Button close = new Button(i18n.get("sheets.preview.close"));
        close.setOnAction(e -> stage.close());
        for (Button b : List.of(print, setup, save)) {
            b.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.pages())));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, previous, page, next, zoom, spacer, print, setup, save, close);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox progressBar() {
        ProgressBar bar = new ProgressBar();
        bar.setId("sheetProgress");
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(i18n.get("sheets.preview.cancel"));
        cancel.setId("sheetCancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        status.setId("sheetStatus");
        HBox row = new HBox(10, bar, cancel, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 12, 8, 12));
        return row;
    }

    private void showPage() {
        int index = model.pageIndexProperty().get();
        if (model.pages().isEmpty() || index >= model.pages().size()) {
            pageHolder.getChildren().clear();
            return;
        }
        Node page = renderer.render(model.pages().get(index));
        double scale = model.zoomProperty().get() * PIXELS_PER_POINT;
        page.getTransforms().setAll(new Scale(scale, scale));
        Group holder = new Group(page);
        holder.setId("sheetPage");
        holder.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        pageHolder.getChildren().setAll(holder);
    }

    private void print(boolean pageSetup) {
        SheetPrinter.Outcome outcome = new SheetPrinter().print(List.copyOf(model.pages()), stage, pageSetup);
        status.setText(switch (outcome) {
            case PRINTED -> i18n.format("sheets.print.done", model.pages().size());
            case NO_PRINTER -> i18n.get("sheets.print.noPrinter");
            case DISMISSED -> "";
            case FAILED -> i18n.get("sheets.print.failed");
        });
    }

    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("sheets.preview.savePdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(i18n.get("sheets.preview.fileName") + ".pdf");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.saveAsPdf(file.toPath());
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }
}
