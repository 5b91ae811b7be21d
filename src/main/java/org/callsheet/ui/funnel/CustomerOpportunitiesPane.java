package org.callsheet.ui.funnel;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The customer editor's Opportunities tab: the customer's opportunities; new, edit (Enter, double click), won, lost. */
final class CustomerOpportunitiesPane {
    interface Actions {
        void newOpportunity();

        void open(long id);

        Optional<String> askLostReason(OpportunityCard card);
    }

    private final BorderPane root = new BorderPane();

    CustomerOpportunitiesPane(CustomerOpportunitiesViewModel model, FunnelLabels labels, ZoneId zone, Actions actions) {
        var i18n = labels.i18n();
        TableView<OpportunityCard> table = new TableView<>(model.rows());
        table.setId("customerOpportunities");
        table.setPlaceholder(new Label(i18n.get("funnel.customer.empty")));
        table.getColumns().add(column(i18n.get("funnel.field.title"), OpportunityCard::title, 220));
        table.getColumns().add(column(i18n.get("funnel.field.stage"), c -> labels.stage(c.stage()), 120));
        table.getColumns().add(column(i18n.get("funnel.field.status"), c -> c.opportunity().isOpen()
                ? labels.status(c.opportunity().state().status()) + (c.stale() ? " ⚠" : "")
                : labels.status(c.opportunity().state().status()), 90));
        table.getColumns().add(column(i18n.get("funnel.field.amount"), c -> labels.money(c.amount()), 110));
        table.getColumns().add(column(i18n.get("funnel.field.probability"),
                c -> c.opportunity().state().probability() + "%", 96));
        table.getColumns().add(column(i18n.get("funnel.field.expectedClose"), c ->
                labels.date(c.opportunity().terms().expectedClose()), 124));
        table.getColumns().add(column(i18n.get("funnel.field.nextStep"), c -> c.opportunity().terms().nextStep(), 200));
        table.setRowFactory(v -> {
            TableRow<OpportunityCard> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.open(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                actions.open(table.getSelectionModel().getSelectedItem().id());
            }
        });
        Button add = new Button(i18n.get("funnel.action.new"), new FontIcon(Feather.PLUS));
        add.setId("customer-opportunity-new");
        add.setOnAction(e -> actions.newOpportunity());
        Button edit = new Button(i18n.get("funnel.action.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("customer-opportunity-edit");
        edit.setOnAction(e -> selected(table).ifPresent(card -> actions.open(card.id())));
        Button won = new Button(i18n.get("funnel.action.won"), new FontIcon(Feather.AWARD));
        won.setId("customer-opportunity-won");
        won.setOnAction(e -> selected(table).ifPresent(card -> model.win(card.id())));
        Button lost = new Button(i18n.get("funnel.action.lost"), new FontIcon(Feather.X_CIRCLE));
        lost.setId("customer-opportunity-lost");
        lost.setOnAction(e -> selected(table).ifPresent(card -> actions.askLostReason(card)
                .ifPresent(reason -> model.lose(card.id(), reason))));
        var selected = table.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(selected.isNull());
        var notOpen = Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().opportunity().isOpen(),
                selected);
        won.disableProperty().bind(notOpen);
        lost.disableProperty().bind(notOpen);
        HBox bar = new HBox(8, add, edit, won, lost);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(bar);
        root.setCenter(table);
        root.setPadding(new Insets(12));
    }

    Node node() {
        return root;
    }

    private static Optional<OpportunityCard> selected(TableView<OpportunityCard> table) {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static TableColumn<OpportunityCard, String> column(String title, Function<OpportunityCard, String> text,
                                                               double width) {
        TableColumn<OpportunityCard, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
