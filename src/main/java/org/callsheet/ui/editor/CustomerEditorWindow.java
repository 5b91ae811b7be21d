package org.callsheet.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.FormGrid;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/** The window in which one customer is created or edited. Ctrl+S saves, Esc cancels. */
public final class CustomerEditorWindow {
    private final CustomerEditorViewModel model;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final Dialogs dialogs;
    private final Consumer<Customer> saved;
    private final TextField name = new TextField();
    private TabPane tabs;
    private HBox buttonBar;

    public CustomerEditorWindow(CustomerEditorViewModel model, I18n i18n, Dialogs owner, Consumer<Customer> saved) {
        this.model = model;
        this.i18n = i18n;
        this.saved = saved;
        if (owner.owner() != null) {
            stage.initOwner(owner.owner());
        }
        stage.initModality(Modality.WINDOW_MODAL);
        this.dialogs = new Dialogs(stage, i18n);

        BorderPane root = new BorderPane();
        root.getStyleClass().add("customer-editor");
        root.setTop(header());
        tabs = body();
        root.setCenter(tabs);
        root.setBottom(buttons());
        Scene scene = new Scene(root, 920, 720);
        Stylesheets.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> model.isNew()
                ? i18n.get("editor.title.new")
                : i18n.format("editor.title.edit", model.fields().nameProperty().get()), model.fields().nameProperty()));
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        model.failureProperty().addListener((obs, old, now) -> {
            if (now != null) {
                dialogs.error(i18n.get("editor.problem"), i18n.format(now.key(), now.args().toArray()));
                if (now.key().equals("editor.loadFailed")) {
                    stage.close();
                }
            }
        });
    }

    /** Adds a tab after the built-in ones (the call history). */
    public void addTab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("editor-tab-" + tabs.getTabs().size());
        withTab(tab);
    }

    /** Adds a button before Cancel and its keyboard shortcut (e.g. printing the customer's sheet). */
    public void addAction(String text, String id, KeyCombination shortcut, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        buttonBar.getChildren().add(buttonBar.getChildren().size() - 2, button);
        stage.getScene().getAccelerators().put(shortcut, action);
    }

    public void show() {
        stage.show();
        Platform.runLater(name::requestFocus);
    }

    public Stage stage() {
        return stage;
    }

    private HBox header() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.fields().nameProperty().get().isBlank()
                ? i18n.get("editor.title.new") : model.fields().nameProperty().get(), model.fields().nameProperty()));
        Label status = new Label();
        status.getStyleClass().addAll("status-badge");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> StatusLabels.label(i18n, model.fields().statusProperty().get()), model.fields().statusProperty()));
        status.visibleProperty().bind(Bindings.createBooleanBinding(() -> !model.isNew(), model.fields().statusProperty()));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        HBox header = new HBox(12, title, status, loading);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(16, 20, 8, 20));
        return header;
    }

    private TabPane body() {
        name.setId("editorName");
        name.textProperty().bindBidirectional(model.fields().nameProperty());
        ComboBox<CustomerKind> kind = new ComboBox<>();
        kind.getItems().setAll(CustomerKind.values());
        kind.valueProperty().bindBidirectional(model.fields().kindProperty());
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        kind.setMaxWidth(Double.MAX_VALUE);
        CheckBox noNeed = new CheckBox(i18n.get("editor.noNeed.hint"));
        noNeed.setId("editorNoNeed");
        noNeed.selectedProperty().bindBidirectional(model.fields().noNeedProperty());
        TextField tags = text(model.fields().tagsProperty(), "editorTags");
        tags.setPromptText(i18n.get("editor.tags.prompt"));

        FormGrid general = new FormGrid(i18n, 2)
                .add("editor.name", name, model.errors(), "name")
                .add("editor.kind", kind, null, null)
                .add("editor.externalId", text(model.fields().externalIdProperty(), "editorExternalId"), model.errors(), "externalId")
                .add("editor.industry", text(model.fields().industryProperty(), "editorIndustry"), null, null)
                .add("editor.size", text(model.fields().sizeClassProperty(), "editorSize"), null, null)
                .add("editor.source", text(model.fields().sourceProperty(), "editorSource"), null, null)
                .add("editor.owner", text(model.fields().ownerProperty(), "editorOwner"), null, null)
                .add("editor.tags", tags, null, null)
                .addWide("editor.street", text(model.fields().streetProperty(), "editorStreet"), null, null)
                .add("editor.province", region(model.fields().provinceProperty(), model.provinces()), null, null)
                .add("editor.city", region(model.fields().cityProperty(), model.cities()), null, null)
                .add("editor.district", region(model.fields().districtProperty(), model.districts()), null, null)
                .addWide("editor.noNeed", noNeed, null, null);
        TextArea notes = new TextArea();
        notes.setId("editorNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(model.fields().notesProperty());
        general.addWide("editor.notes", notes, null, null);
        ScrollPane generalScroll = new ScrollPane(general.node());
        generalScroll.setFitToWidth(true);
        generalScroll.setPadding(new Insets(12, 20, 12, 12));

        Tab details = new Tab(i18n.get("editor.tab.details"), generalScroll);
        Tab contacts = new Tab(i18n.get("editor.tab.contacts"), new ContactsPane(model, i18n, dialogs).node());
        contacts.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("editor.tab.contactsCount", model.contacts().size()), model.contacts()));
        Tab orders = new Tab(i18n.get("editor.tab.orders"), new OrdersPane(model, i18n).node());
        orders.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("editor.tab.ordersCount", model.orders().size()), model.orders()));
        tabs = new TabPane(details, contacts, orders);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        BorderPane.setMargin(tabs, new Insets(0, 12, 0, 12));
        return tabs;
    }

    /** Adds a tab another feature contributes (e.g. the customer's classification and its history). */
    public CustomerEditorWindow withTab(Tab tab) {
        tabs.getTabs().add(tab);
        return this;
    }

    private HBox buttons() {
        Label hint = new Label(i18n.get("editor.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(i18n.get("common.cancel"));
        cancel.setId("editorCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (mayClose()) {
                stage.close();
            }
        });
        Button save = new Button(i18n.get("common.save"));
        save.setId("editorSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(model.savingProperty().or(model.loadingProperty()));
        save.setOnAction(e -> save());
        HBox bar = new HBox(8, hint, spacer, cancel, save);
        this.buttonBar = bar;
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 20, 16, 20));
        return bar;
    }

    private void save() {
        if (model.savingProperty().get() || model.loadingProperty().get()) {
            return;
        }
        model.save(stored -> {
            stage.close();
            saved.accept(stored);
        });
    }

    private boolean mayClose() {
        return !model.dirtyProperty().get() || dialogs.confirm(i18n.get("editor.discard.title"),
                i18n.get("editor.discard.question"), null, "editor.discard", true);
    }

    private ListCell<CustomerKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(CustomerKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get("customerKind." + item.name().toLowerCase()));
            }
        };
    }

    private static TextField text(StringProperty property, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** An editable combo: the known places of the customers, or anything typed. */
    private static ComboBox<String> region(StringProperty property, ObservableList<String> choices) {
        ComboBox<String> combo = new ComboBox<>(choices);
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.valueProperty().bindBidirectional(property);
        combo.getEditor().textProperty().addListener((obs, old, now) -> {
            if (combo.isFocused() || combo.getEditor().isFocused()) {
                property.set(now);
            }
        });
        return combo;
    }

}
