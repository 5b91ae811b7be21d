package org.callsheet.ui.customers;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.callsheet.ui.common.ColumnLayout;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The customer book screen: search, filters, the table, and the actions on a customer. */
public final class CustomersView {

    /** What the screen asks of the window around it. */
    public interface Actions {
        void openCustomer(long id);

        void newCustomer();

        /** Asks the user to confirm deleting the named customer. */
        boolean confirmDelete(String name);
    }

    private final CustomersViewModel model;
    private final Actions actions;
    private final BorderPane root = new BorderPane();
    private final CustomTextField search = new CustomTextField();
    private final TableView<BookRow> table;
    private final HBox header;
    private final Button openButton;

    public CustomersView(CustomersViewModel model, StatusModel status, I18n i18n, Actions actions,
                         ColumnLayout columns) {
        this.model = model;
        this.actions = actions;
        root.getStyleClass().add("customers-screen");

        Label title = new Label(i18n.get("nav.customers"));
        title.getStyleClass().add(Styles.TITLE_3);
        search.setId("customerSearch");
        search.setPromptText(i18n.get("customers.search.prompt"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setPrefColumnCount(22);
        search.setMaxWidth(460);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.SOMETIMES);

        Button add = new Button(i18n.get("customers.new"), new FontIcon(Feather.PLUS));
        add.setId("newCustomer");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> actions.newCustomer());
        Button open = new Button(i18n.get("customers.open"), new FontIcon(Feather.EDIT_2));
        open.setId("openCustomer");
        open.setOnAction(e -> openSelected());
        Button delete = new Button(i18n.get("customers.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("deleteCustomer");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> deleteSelected());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.Control fixed : List.of(title, open, delete, add)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        header = new HBox(12, title, spacer, search, open, delete, add);
        openButton = open;
        header.setAlignment(Pos.CENTER_LEFT);

        CustomerTable customerTable = new CustomerTable(model, i18n, columns);
        table = customerTable.table();
        // several rows can be chosen, e.g. to print their profile sheets
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.itemsProperty().bind(model.rowsProperty().map(list -> (javafx.collections.ObservableList<BookRow>) list));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });
        model.rowsProperty().addListener((obs, old, now) -> selectLater(model.selectAfterQueryProperty().get()));
        search.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ESCAPE -> search.clear();
                case DOWN -> {
                    // from the search box straight into the results, as reps do with the keyboard
                    if (!table.getItems().isEmpty()) {
                        table.requestFocus();
                        if (table.getSelectionModel().isEmpty()) {
                            table.getSelectionModel().select(0);
                        }
                    }
                }
                case ENTER -> {
                    if (table.getItems().size() == 1) {
                        table.getSelectionModel().select(0);
                        openSelected();
                    }
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.searchTextProperty().get().isBlank()
                        && model.filters().isAny() ? i18n.get("customers.none") : i18n.get("customers.empty"),
                model.rowsProperty(), model.searchTextProperty()));
        table.setPlaceholder(placeholder);

        Label count = new Label();
        count.setId("shownCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.format("customers.shown", model.shownCountProperty().get()), model.shownCountProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        Label searchNotReady = new Label(i18n.get("customers.search.notReady"));
        searchNotReady.getStyleClass().add(Styles.WARNING);
        searchNotReady.visibleProperty().bind(model.searchTextProperty().isNotEmpty()
                .and(status.searchProgressProperty().isNotEqualTo(StatusModel.SEARCH_READY, 0.0001)));
        searchNotReady.managedProperty().bind(searchNotReady.visibleProperty());
        HBox footer = new HBox(10, count, busy, searchNotReady);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(12, header, new FilterBar(model, i18n).node());
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(footer, new Insets(8, 0, 0, 0));
        root.setBottom(footer);
        root.setPadding(new Insets(16, 20, 12, 20));
    }

    public Node node() {
        return root;
    }

    /** The selected customer's id, when a loaded row is selected. */
    public java.util.OptionalLong selectedCustomerId() {
        BookRow selected = selectedRow();
        return selected == null || !selected.isLoaded() || selected.gone() ? java.util.OptionalLong.empty()
                : java.util.OptionalLong.of(selected.id());
    }

    /** The selected customers' ids in the order the table shows them (rows still loading are left out). */
    public long[] selectedCustomerIds() {
        CustomerRowList rows = model.rowsProperty().get();
        if (rows == null) {
            return new long[0];
        }
        return table.getSelectionModel().getSelectedIndices().stream().sorted().mapToInt(Integer::intValue)
                .filter(i -> i < rows.size()).mapToLong(rows::idAt).toArray();
    }

    /** Every customer the filter and search show, in the table's order. */
    public long[] shownCustomerIds() {
        CustomerRowList rows = model.rowsProperty().get();
        return rows == null ? new long[0] : rows.ids();
    }

    /** Adds a button to the header, before Open. */
    public void addHeaderAction(javafx.scene.control.ButtonBase button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().add(header.getChildren().indexOf(openButton), button);
    }

    /** Adds an entry to the table's context menu that acts on the selected customer. */
    public void addRowAction(String text, java.util.function.LongConsumer action) {
        if (table.getContextMenu() == null) {
            table.setContextMenu(new javafx.scene.control.ContextMenu());
        }
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setOnAction(e -> selectedCustomerId().ifPresent(action));
        table.getContextMenu().getItems().add(item);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void deleteSelected() {
        BookRow selected = selectedRow();
        if (selected == null || !selected.isLoaded()) {
            return;
        }
        String name = selected.row().name();
        if (actions.confirmDelete(name)) {
            model.delete(selected.id(), name);
        }
    }

    private void openSelected() {
        BookRow selected = selectedRow();
        if (selected != null && !selected.gone()) {
            actions.openCustomer(selected.id());
        }
    }

    /** The selected row as it is now: the selection may have been made while its page was loading. */
    private BookRow selectedRow() {
        int index = table.getSelectionModel().getSelectedIndex();
        return index < 0 || index >= table.getItems().size() ? null : table.getItems().get(index);
    }

    private void selectLater(Long id) {
        if (id == null) {
            return;
        }
        CustomerRowList rows = model.rowsProperty().get();
        int index = rows.indexOfId(id);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 3));
        }
    }
}
