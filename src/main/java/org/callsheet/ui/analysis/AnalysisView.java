package org.callsheet.ui.analysis;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.callsheet.ui.common.DatePickers;
import org.callsheet.logic.classification.QuadrantMove;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.charts.ThemedChart;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Analysis screen: as-of date, reclassification with progress and cancel, the last
 * classification time, the pyramid, RFM grid, quadrant and Pareto charts, quadrant movement
 * between two dates, and the warning lists. Every chart cell and list entry opens the customers.
 */
public final class AnalysisView {
    private final AnalysisViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox(12);
    private final VBox content = new VBox(16);
    private final Label lastRun = new Label();
    private final Label message = new Label();

    public AnalysisView(AnalysisViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("analysisView");
        root.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(toolbar(), scroll);
        model.dataProperty().addListener((obs, old, now) -> fill(now));
        model.messageProperty().addListener((obs, old, now) -> message.setText(
                now == null ? "" : i18n.format(now.key(), now.args().toArray())));
        fill(model.dataProperty().get());
    }

    public Node node() {
        return root;
    }

    private Node toolbar() {
        Label title = new Label(i18n.get("nav.analysis"));
        title.getStyleClass().add(Styles.TITLE_3);
        DatePicker asOf = DatePickers.create(i18n);
        asOf.setId("analysisAsOf");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        Button reclassify = new Button(i18n.get("analysis.reclassify"), new FontIcon(Feather.REFRESH_CW));
        reclassify.setId("reclassify");
        reclassify.disableProperty().bind(model.workingProperty());
        reclassify.setOnAction(e -> model.reclassify());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.workingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button(i18n.get("analysis.cancel"));
        cancel.setId("cancelReclassify");
        cancel.visibleProperty().bind(model.workingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        lastRun.setId("lastRun");
        lastRun.getStyleClass().add(Styles.TEXT_MUTED);
        message.setId("analysisMessage");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label asOfLabel = new Label(i18n.get("analysis.asOf"));
        for (javafx.scene.control.Control c : List.of(title, asOfLabel, reclassify, cancel)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, title, grow, asOfLabel, asOf, reclassify, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox status = new HBox(16, lastRun, message);
        return new VBox(4, bar, status);
    }

    private void fill(AnalysisData data) {
        content.getChildren().clear();
        if (data == null) {
            lastRun.setText("");
            content.getChildren().add(new Label(i18n.get("analysis.loading")));
            return;
        }
        lastRun.setText(data.lastRun().map(run -> i18n.format("analysis.lastRun",
                i18n.dates().dateTime(run.at(), ZoneId.systemDefault()), i18n.dates().date(run.asOf())))
                .orElse(i18n.get("analysis.neverRun")));
        AnalysisCharts charts = new AnalysisCharts(i18n);
        ThemedChart pyramidChart = charts.pyramid(data.pyramid(), model::openTier);
        pyramidChart.viewer().setId("pyramidChart");
        ThemedChart quadrantChart = charts.quadrants(data.quadrants(), model::openQuadrant);
        quadrantChart.viewer().setId("quadrantChart");
        ThemedChart paretoChart = charts.pareto(data.pareto());
        paretoChart.viewer().setId("paretoChart");
        VBox pyramid = new VBox(6, pyramidChart.node(), tierLinks(data));
        VBox quadrants = new VBox(6, quadrantChart.node(), quadrantLinks());
        GridPane grid = new GridPane(16, 16);
        grid.add(pyramid, 0, 0);
        grid.add(quadrants, 1, 0);
        grid.add(paretoChart.node(), 0, 1);
        grid.add(movementPane(), 1, 1);
        content.getChildren().setAll(grid, SegmentGrid.create(i18n, data.segments(), model::openSegment),
                new CustomerLists(i18n, model).create(data));
    }

    private Node tierLinks(AnalysisData data) {
        FlowPane links = new FlowPane(8, 4);
        for (CustomerStatus status : AnalysisCharts.TIERS) {
            TierSummary t = data.pyramid().stream().filter(s -> s.status() == status).findFirst().orElse(null);
            Hyperlink link = new Hyperlink(i18n.format("analysis.pyramid.link", StatusLabels.label(i18n, status),
                    t == null ? 0 : t.customers(), AnalysisCharts.share(t == null ? java.math.BigDecimal.ZERO
                            : t.revenueShare())));
            link.setId("tier-" + status.name().toLowerCase(Locale.ROOT));
            link.setOnAction(e -> model.openTier(status));
            links.getChildren().add(link);
        }
        Hyperlink churn = new Hyperlink(i18n.get("analysis.churn.link"));
        churn.setId("openChurn");
        churn.setOnAction(e -> model.openChurnWarnings());
        links.getChildren().add(churn);
        return links;
    }

    private Node quadrantLinks() {
        FlowPane links = new FlowPane(8, 4);
        for (ValueQuadrant q : AnalysisCharts.QUADRANTS) {
            Hyperlink link = new Hyperlink(i18n.get(q.messageKey()));
            link.setId("quadrant-" + q.name().toLowerCase(Locale.ROOT));
            link.setOnAction(e -> model.openQuadrant(q));
            links.getChildren().add(link);
        }
        return links;
    }

    private Node movementPane() {
        Label title = new Label(i18n.get("analysis.movement.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        DatePicker from = DatePickers.create(i18n);
        from.setId("movementFrom");
        from.valueProperty().bindBidirectional(model.movementFromProperty());
        DatePicker to = DatePickers.create(i18n);
        to.setId("movementTo");
        to.valueProperty().bindBidirectional(model.movementToProperty());
        Button show = new Button(i18n.get("analysis.movement.show"));
        show.setId("showMovement");
        show.disableProperty().bind(model.workingProperty());
        show.setOnAction(e -> model.showMovement());
        Label fromLabel = new Label(i18n.get("analysis.movement.from"));
        Label toLabel = new Label(i18n.get("analysis.movement.to"));
        for (javafx.scene.control.Control c : List.of(fromLabel, toLabel, show)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        from.setPrefWidth(DatePickers.PREF_WIDTH);
        to.setPrefWidth(DatePickers.PREF_WIDTH);
        HBox dates = new HBox(6, fromLabel, from, toLabel, to, show);
        dates.setAlignment(Pos.CENTER_LEFT);
        TableView<QuadrantMove> table = new TableView<>(model.movement());
        table.setId("movementTable");
        table.setPlaceholder(new Label(i18n.get("analysis.movement.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("analysis.movement.fromQuadrant", m -> i18n.get(m.from().messageKey())));
        table.getColumns().add(column("analysis.movement.toQuadrant", m -> i18n.get(m.to().messageKey())));
        table.getColumns().add(column("analysis.movement.customers", m -> String.valueOf(m.customers())));
        table.setPrefHeight(260);
        VBox box = new VBox(8, title, dates, table);
        box.setPrefWidth(520);
        return box;
    }

    private TableColumn<QuadrantMove, String> column(String key,
                                                     java.util.function.Function<QuadrantMove, String> value) {
        TableColumn<QuadrantMove, String> column = new TableColumn<>(i18n.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
