package org.callsheet.ui.customers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TableRow;
import javafx.util.Duration;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.model.CustomerRow;
import org.callsheet.ui.common.ColumnLayout;
import org.callsheet.ui.i18n.I18n;

/**
 * The customer table: columns over {@link BookRow}s, sorted by the database through the view
 * model rather than in memory. Columns keep their widths (a narrow window scrolls sideways rather
 * than squeezing or cutting them off), the column menu hides and shows them, and the widths the
 * user gives them are remembered.
 */
final class CustomerTable {
    private final TableView<BookRow> table = new TableView<>();
    private final I18n i18n;
    /** The rows list the table's sort order belongs to. */
    private javafx.collections.ObservableList<BookRow> sortedRows;

    /** Room for a whole number as reps write them, "+86 138 0013 8000" or "(0755) 8888-7777". */
    static final double PHONE_WIDTH = 190;
    private static final Duration SAVE_WIDTHS_AFTER = Duration.millis(800);

    CustomerTable(CustomersViewModel model, I18n i18n, ColumnLayout layout) {
        this.i18n = i18n;
        table.setId("customerTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.setFixedCellSize(30);

        TableColumn<BookRow, String> name = column("customers.column.name", CustomerRow::name, 240);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(nameText(c.getValue())));
        name.setUserData(CustomerSort.Column.NAME);
        name.setMinWidth(180);
        TableColumn<BookRow, String> externalId = column("customers.column.externalId", CustomerRow::externalId, 110);
        externalId.setUserData(CustomerSort.Column.EXTERNAL_ID);
        TableColumn<BookRow, String> status = column("customers.column.status",
                r -> StatusLabels.label(i18n, r.status()), 100);
        status.setUserData(CustomerSort.Column.STATUS);
        TableColumn<BookRow, String> region = column("customers.column.region", CustomerTable::region, 220);
        region.setMinWidth(160);
        region.setUserData(CustomerSort.Column.REGION);
        TableColumn<BookRow, String> owner = column("customers.column.owner", CustomerRow::ownerRep, 100);
        owner.setUserData(CustomerSort.Column.OWNER);
        TableColumn<BookRow, String> phone = column("customers.column.phone", CustomerRow::phone, PHONE_WIDTH);
        phone.setMinWidth(PHONE_WIDTH * 0.8);
        phone.setSortable(false);
        TableColumn<BookRow, String> tags = column("customers.column.tags", CustomerRow::tags, 160);
        tags.setSortable(false);
        TableColumn<BookRow, String> segment = column("customers.column.segment", r -> classLabel(r.rfmSegment(),
                n -> org.callsheet.logic.classification.rules.RfmSegment.valueOf(n).messageKey()), 120);
        segment.setUserData(CustomerSort.Column.SEGMENT);
        TableColumn<BookRow, String> quadrant = column("customers.column.quadrant", r -> classLabel(r.quadrant(),
                n -> org.callsheet.logic.classification.rules.ValueQuadrant.valueOf(n).messageKey()), 120);
        quadrant.setUserData(CustomerSort.Column.QUADRANT);
        TableColumn<BookRow, String> churn = column("customers.column.churnWarning",
                r -> r.churnWarning() ? i18n.get("customers.churnWarning.yes") : "", 90);
        churn.setUserData(CustomerSort.Column.CHURN_WARNING);
        table.getColumns().setAll(java.util.List.of(name, externalId, status, segment, quadrant, churn, region, owner,
                phone, tags));
        keepWidths(layout);

        // Sorting a million rows in memory is not an option: hand the order to the database.
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                if (t.getItems() != sortedRows) {
                    // TableView forgets its sort order whenever its rows list is replaced, and each
                    // query brings a new list: keep the model's order (shown again just below)
                    return true;
                }
                model.sortProperty().set(CustomerSort.DEFAULT);
            } else {
                TableColumn<BookRow, ?> first = t.getSortOrder().getFirst();
                model.sortProperty().set(new CustomerSort((CustomerSort.Column) first.getUserData(),
                        first.getSortType() == TableColumn.SortType.ASCENDING));
            }
            return true;
        });
        table.itemsProperty().addListener((obs, old, now) -> {
            sortedRows = now;
            showSort(model.sortProperty().get());
        });
        showSort(model.sortProperty().get());
        table.setRowFactory(t -> {
            TableRow<BookRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BookRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("loading"),
                            !empty && item != null && !item.isLoaded());
                }
            };
            return row;
        });
    }

    /** Applies the remembered widths and remembers the ones the user gives, once dragging stops. */
    private void keepWidths(ColumnLayout layout) {
        Map<String, Double> changed = new LinkedHashMap<>();
        PauseTransition save = new PauseTransition(SAVE_WIDTHS_AFTER);
        save.setOnFinished(e -> {
            layout.remember(Map.copyOf(changed));
            changed.clear();
        });
        for (TableColumn<BookRow, ?> column : table.getColumns()) {
            layout.width(column.getId()).ifPresent(column::setPrefWidth);
            // dragging a column's edge sets its preferred width (the unconstrained policy keeps it)
            column.prefWidthProperty().addListener((obs, old, now) -> {
                changed.put(column.getId(), now.doubleValue());
                save.playFromStart();
            });
        }
    }

    /** Puts the sort arrow where the model's order is (the table itself is not sorted in memory). */
    private void showSort(CustomerSort sort) {
        for (TableColumn<BookRow, ?> column : table.getColumns()) {
            if (column.getUserData() == sort.column()) {
                column.setSortType(sort.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                if (table.getSortOrder().size() != 1 || table.getSortOrder().getFirst() != column) {
                    table.getSortOrder().setAll(java.util.List.of(column));
                }
                return;
            }
        }
    }

    TableView<BookRow> table() {
        return table;
    }

    private String nameText(BookRow item) {
        if (item == null) {
            return "";
        }
        if (item.gone()) {
            return i18n.get("customers.row.gone");
        }
        return item.isLoaded() ? item.row().name() : i18n.get("customers.row.loading");
    }

    private TableColumn<BookRow, String> column(String key, Function<CustomerRow, String> value, double width) {
        TableColumn<BookRow, String> column = new TableColumn<>(i18n.get(key));
        column.setId(key.substring(key.lastIndexOf('.') + 1));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        column.setCellValueFactory(c -> {
            BookRow item = c.getValue();
            String text = item == null || !item.isLoaded() ? "" : value.apply(item.row());
            return new ReadOnlyStringWrapper(text == null ? "" : text);
        });
        return column;
    }

    /** A stored classification value in the user's language; empty when unclassified. */
    private String classLabel(String name, Function<String, String> key) {
        if (name == null) {
            return "";
        }
        try {
            return i18n.get(key.apply(name));
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }

    private static String region(CustomerRow row) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {row.province(), row.city(), row.district()}) {
            if (part != null && !part.isBlank() && !out.toString().endsWith(part)) {
                if (!out.isEmpty()) {
                    out.append(" · ");
                }
                out.append(part);
            }
        }
        return out.toString();
    }
}
