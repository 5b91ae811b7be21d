package org.callsheet.ui.brief;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
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
import org.callsheet.ui.common.DatePickers;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.sheets.FxPageRenderer;

/**
 * The sales brief dialog: period, owner (blank for everyone) and language, Preview, the pages as
 * they will print, Save as PDF or PNG; the work runs in the background with Cancel. Esc closes,
 * PgUp/PgDn turn the pages.
 */
public final class SalesBriefDialog {
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;

    private final SalesBriefViewModel model;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final FxPageRenderer renderer = new FxPageRenderer();
    private final StackPane pageHolder = new StackPane();

    /** {@code owners}: the names offered in the owner box (any name may be typed). */
    public SalesBriefDialog(SalesBriefViewModel model, I18n i18n, Window owner, List<String> owners) {
        this.model = model;
        this.i18n = i18n;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.get("brief.ui.title"));
        BorderPane root = new BorderPane();
        root.setId("salesBrief");
        root.setTop(new VBox(8, choices(owners), actions()));
        BorderPane.setMargin(root.getTop(), new Insets(10, 12, 8, 12));
        ScrollPane scroll = new ScrollPane(pageHolder);
        scroll.setFitToWidth(true);
        pageHolder.setPadding(new Insets(16));
        pageHolder.setStyle("-fx-background-color: -color-bg-subtle;");
        root.setCenter(scroll);
        root.setBottom(statusRow());
        Scene scene = new Scene(root, 920, 760);
        Stylesheets.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), model::nextPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), model::previousPage);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        model.pages().addListener((javafx.collections.ListChangeListener<Object>) c -> showPage());
        model.pageIndexProperty().addListener((obs, old, now) -> showPage());
    }

    /** Shows the dialog and builds the brief of this month so far. */
    public void show() {
        stage.show();
        model.preview();
    }

    Stage stage() {
        return stage;
    }

    private HBox choices(List<String> owners) {
        DatePicker from = DatePickers.create(i18n);
        from.setId("briefFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DatePickers.create(i18n);
        to.setId("briefTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("briefOwner");
        owner.setEditable(true);
        owner.setPromptText(i18n.get("brief.everyone"));
        owner.getItems().setAll(owners);
        owner.valueProperty().addListener((obs, old, now) -> model.ownerProperty().set(now == null ? "" : now));
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("briefLanguage");
        for (Language l : Language.values()) {
            language.getItems().add(l.locale());
        }
        language.setConverter(converter(locale -> Language.forLocale(locale).nativeName()));
        language.valueProperty().bindBidirectional(model.languageProperty());
        HBox row = new HBox(8, label("brief.ui.from"), from, label("brief.ui.to"), to, label("brief.ui.owner"), owner,
                label("brief.ui.language"), language);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox actions() {
        Button preview = new Button(i18n.get("brief.ui.preview"));
        preview.setId("briefPreview");
        preview.getStyleClass().add(Styles.ACCENT);
        preview.setDefaultButton(true);
        preview.setOnAction(e -> model.preview());
        Button previous = new Button(i18n.get("sheets.preview.previous"));
        previous.setOnAction(e -> model.previousPage());
        previous.disableProperty().bind(model.pageIndexProperty().isEqualTo(0));
        Label page = new Label();
        page.setId("briefPageNumber");
        page.textProperty().bind(Bindings.createStringBinding(() -> model.pages().isEmpty() ? ""
                        : i18n.format("sheets.preview.page", model.pageIndexProperty().get() + 1, model.pages().size()),
                model.pages(), model.pageIndexProperty()));
        Button next = new Button(i18n.get("sheets.preview.next"));
        next.setOnAction(e -> model.nextPage());
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.pageIndexProperty().get() >= model.pages().size() - 1, model.pages(),
                model.pageIndexProperty()));
        Button pdf = new Button(i18n.get("brief.ui.savePdf"));
        pdf.setId("briefSavePdf");
        pdf.setOnAction(e -> choose("PDF", "*.pdf", ".pdf", path -> model.savePdf(path)));
        Button png = new Button(i18n.get("brief.ui.savePng"));
        png.setId("briefSavePng");
        png.setOnAction(e -> choose("PNG", "*.png", ".png", path -> model.savePng(path)));
        for (Button b : List.of(pdf, png)) {
            b.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.pages())));
        }
        preview.disableProperty().bind(model.busyProperty());
        Button close = new Button(i18n.get("sheets.preview.close"));
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, preview, previous, page, next, spacer, pdf, png, close);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox statusRow() {
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button(i18n.get("sheets.preview.cancel"));
        cancel.setId("briefCancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Label status = new Label();
        status.setId("briefStatus");
        status.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get() == null ? ""
                : i18n.format(model.messageProperty().get().key(), model.messageProperty().get().args().stream()
                        .map(a -> a instanceof java.time.LocalDate day ? i18n.dates().date(day) : a).toArray()),
                model.messageProperty()));
        HBox row = new HBox(10, working, cancel, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(6, 12, 8, 12));
        return row;
    }

    private Label label(String key) {
        Label label = new Label(i18n.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void choose(String kind, String pattern, String ending, Consumer<java.nio.file.Path> save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(ending.equals(".pdf") ? "brief.ui.savePdf" : "brief.ui.savePng"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(i18n.get("brief.title") + ending);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            save.accept(file.toPath());
        }
    }

    private void showPage() {
        int index = model.pageIndexProperty().get();
        if (model.pages().isEmpty() || index >= model.pages().size()) {
            pageHolder.getChildren().clear();
            return;
        }
        Node page = renderer.render(model.pages().get(index));
        page.getTransforms().setAll(new Scale(PIXELS_PER_POINT, PIXELS_PER_POINT));
        Group holder = new Group(page);
        holder.setId("briefPage");
        holder.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        pageHolder.getChildren().setAll(holder);
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
