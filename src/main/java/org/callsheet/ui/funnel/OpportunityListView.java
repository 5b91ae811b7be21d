package org.callsheet.ui.funnel;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.ui.calls.CallLabels;
import org.callsheet.ui.common.DatePickers;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The opportunities as a table with the filters above it; Enter or a double click opens one. */
final class OpportunityListView {
    interface Actions {
        void newOpportunity();

        void open(long id);
    }

    private final OpportunityListViewModel model;
    private final FunnelLabels labels;
    private final ZoneId zone;
    private final Actions actions;
    private final OwnerChoices owners;
    private final BorderPane root = new BorderPane();
    private final TableView<OpportunityCard> table;

    OpportunityListView(OpportunityListViewModel model, FunnelLabels labels, ZoneId zone, OwnerChoices owners,
                        Actions actions) {
        this.model = model;
        this.labels = labels;
        this.zone = zone;
        this.actions = actions;
        this.owners = owners;
        this.table = table();
        root.setTop(filters());
        root.setCenter(table);
        root.setId("funnel-list");
    }

    Node node() {
        return root;
    }

    private Node filters() {
        var i18n = labels.i18n();
        ComboBox<Stage> stage = stageBox("list-stage", i18n.get("funnel.filter.anyStage"));
        stage.valueProperty().bindBidirectional(model.stageProperty());
        ComboBox<Stage> reached = stageBox("list-reached", i18n.get("funnel.filter.anyReached"));
        reached.valueProperty().bindBidirectional(model.reachedProperty());
        reached.setConverter(CallLabels.converter(s -> i18n.format("funnel.filter.reached", labels.stage(s)),
                i18n.get("funnel.filter.anyReached")));
        reached.setPromptText(i18n.get("funnel.filter.anyReached"));
        ComboBox<OpportunityStatus> status = new ComboBox<>(FXCollections.observableArrayList(
                nullable(OpportunityStatus.values())));
        status.setId("list-status");
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setConverter(CallLabels.converter(labels::status, i18n.get("funnel.filter.anyStatus")));
        status.setPromptText(i18n.get("funnel.filter.anyStatus"));
        ComboBox<String> owner = OwnerField.create("list-owner", i18n.get("funnel.filter.owner"),
                model.ownerProperty(), owners);
        DatePicker from = DatePickers.create(i18n);
        from.setId("list-from");
        from.setPromptText(i18n.get("funnel.filter.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DatePickers.create(i18n);
        to.setId("list-to");
        to.setPromptText(i18n.get("funnel.filter.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField text = new TextField();
        text.setId("list-text");
        text.setPromptText(i18n.get("funnel.filter.text"));
        text.textProperty().bindBidirectional(model.textProperty());
        Button clear = new Button(i18n.get("funnel.filter.clear"), new FontIcon(Feather.X));
        clear.setId("list-clear");
        clear.setOnAction(e -> model.clearFilters());
        Button add = new Button(i18n.get("funnel.action.new"), new FontIcon(Feather.PLUS));
        add.setId("list-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> actions.newOpportunity());
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.format("funnel.list.count", model.rows().size()), model.rows()));
        FlowPane bar = new FlowPane(8, 6, add, text, stage, reached, status, owner, from, to, clear, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private ComboBox<Stage> stageBox(String id, String none) {
        ComboBox<Stage> box = new ComboBox<>(FXCollections.observableArrayList(nullable(Stage.values())));
        box.setId(id);
        box.setConverter(CallLabels.converter(labels::stage, none));
        box.setPromptText(none);
        return box;
    }

    private TableView<OpportunityCard> table() {
        var i18n = labels.i18n();
        TableView<OpportunityCard> view = new TableView<>(model.rows());
        view.setId("opportunityTable");
        view.setPlaceholder(new Label(i18n.get("funnel.list.empty")));
        view.getColumns().add(column(i18n.get("funnel.field.title"), OpportunityCard::title, 200));
        view.getColumns().add(column(i18n.get("funnel.field.customer"), OpportunityCard::customer, 180));
        view.getColumns().add(column(i18n.get("funnel.field.stage"), c -> labels.stage(c.stage()), 145));
        view.getColumns().add(column(i18n.get("funnel.field.status"), c -> c.opportunity().isOpen()
                ? labels.status(c.opportunity().state().status())
                : c.opportunity().state().lostReason() == null ? labels.status(c.opportunity().state().status())
                : labels.status(c.opportunity().state().status()) + " · " + labels.reason(c.opportunity().state().lostReason()),
                170));
        TableColumn<OpportunityCard, java.math.BigDecimal> amount = new TableColumn<>(i18n.get("funnel.field.amount"));
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
        amount.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.math.BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : labels.money(value));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        amount.setPrefWidth(110);
        view.getColumns().add(amount);
        view.getColumns().add(column(i18n.get("funnel.field.probability"),
                c -> c.opportunity().state().probability() + "%", 96));
        view.getColumns().add(column(i18n.get("funnel.field.owner"), c -> c.opportunity().terms().owner(), 80));
        view.getColumns().add(column(i18n.get("funnel.field.created"),
                c -> labels.date(c.opportunity().createdAt().atZone(zone).toLocalDate()), 124));
        view.getColumns().add(column(i18n.get("funnel.field.expectedClose"),
                c -> labels.date(c.opportunity().terms().expectedClose()), 124));
        TableColumn<OpportunityCard, String> days = column(i18n.get("funnel.field.daysInStage"),
                c -> c.opportunity().isOpen() ? c.daysInStage() + (c.stale() ? " ⚠" : "") : "", 80);
        days.setComparator(Comparator.comparingInt(s -> s.isEmpty() ? -1 : Integer.parseInt(s.replace(" ⚠", ""))));
        view.getColumns().add(days);
        view.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && view.getSelectionModel().getSelectedItem() != null) {
                actions.open(view.getSelectionModel().getSelectedItem().id());
                e.consume();
            }
        });
        view.setRowFactory(v -> {
            javafx.scene.control.TableRow<OpportunityCard> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.open(row.getItem().id());
                }
            });
            return row;
        });
        return view;
    }

    private static TableColumn<OpportunityCard, String> column(String title, Function<OpportunityCard, String> text,
                                                               double width) {
        TableColumn<OpportunityCard, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    @SafeVarargs
    private static <T> java.util.List<T> nullable(T... values) {
        java.util.List<T> out = new java.util.ArrayList<>();
        out.add(null);
        out.addAll(java.util.List.of(values));
        return out;
    }
}
