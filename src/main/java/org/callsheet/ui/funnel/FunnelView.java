package org.callsheet.ui.funnel;

import org.callsheet.logic.funnel.chart.FunnelMeasure;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.callsheet.ui.common.DatePickers;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The funnel: period and owner, counts or amounts; the tapered funnel drawn to scale with the
 * conversion between stages and the days per stage, the weakest step marked; beside it the
 * pipeline's figures against the previous period; below, the figures per stage. A click on a
 * stage (or Enter on its row) lists its opportunities.
 */
final class FunnelView {
    private final FunnelViewModel model;
    private final FunnelLabels labels;
    private final OwnerChoices owners;
    private final VBox root = new VBox(10);
    private final StackPane chartHolder = new StackPane();
    private final FunnelFiguresPane figures;
    private final TableView<StageTable.StageRow> stages;

    FunnelView(FunnelViewModel model, FunnelLabels labels, OwnerChoices owners) {
        this.model = model;
        this.labels = labels;
        this.owners = owners;
        this.figures = new FunnelFiguresPane(labels);
        this.stages = StageTable.create(labels, model::openStage);
        root.setId("funnel-chart-page");
        chartHolder.setMinSize(360, 320);
        chartHolder.setPrefSize(620, 420);
        HBox.setHgrow(chartHolder, Priority.ALWAYS);
        ScrollPane side = new ScrollPane(figures.node());
        side.setFitToWidth(true);
        side.setMinWidth(240);
        side.setPrefWidth(280);
        side.setPrefHeight(420);
        HBox middle = new HBox(12, chartHolder, side);
        stages.setMinHeight(Region.USE_PREF_SIZE);
        // a small window scrolls the page rather than squeezing the chart or the table
        ScrollPane page = new ScrollPane(new VBox(10, middle, stages));
        page.setFitToWidth(true);
        VBox.setVgrow(page, Priority.ALWAYS);
        root.getChildren().addAll(toolbar(), page);
        model.figuresProperty().addListener((obs, old, now) -> fill());
        model.measureProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    Node node() {
        return root;
    }

    private Node toolbar() {
        var i18n = labels.i18n();
        DatePicker from = DatePickers.create(i18n);
        from.setId("funnel-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = DatePickers.create(i18n);
        to.setId("funnel-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        ComboBox<String> owner = OwnerField.create("funnel-owner", i18n.get("funnel.filter.everyone"),
                model.ownerProperty(), owners);
        ToggleGroup group = new ToggleGroup();
        ToggleButton counts = new ToggleButton(i18n.get("funnel.measure.count"));
        counts.setId("funnel-counts");
        ToggleButton amounts = new ToggleButton(i18n.get("funnel.measure.amount"));
        amounts.setId("funnel-amounts");
        counts.setToggleGroup(group);
        amounts.setToggleGroup(group);
        counts.getStyleClass().add(Styles.LEFT_PILL);
        amounts.getStyleClass().add(Styles.RIGHT_PILL);
        group.selectToggle(model.measureProperty().get() == FunnelMeasure.AMOUNT ? amounts : counts);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                model.measureProperty().set(now == amounts ? FunnelMeasure.AMOUNT : FunnelMeasure.COUNT);
            }
        });
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("funnel-refresh");
        refresh.setOnAction(e -> model.refresh());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        Label hint = new Label(i18n.get("funnel.chart.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        FlowPane bar = new FlowPane(8, 6, new Label(i18n.get("funnel.filter.period")), from, new Label("–"), to,
                new Label(i18n.get("funnel.filter.ownerLabel")), owner, new HBox(counts, amounts), refresh, loading, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 4, 0));
        return bar;
    }

    private void fill() {
        FunnelComparison shown = model.figuresProperty().get();
        figures.show(shown);
        StageTable.fill(stages, shown);
        if (shown == null) {
            chartHolder.getChildren().clear();
            return;
        }
        chartHolder.getChildren().setAll(FunnelChartViewer.create(shown, model.measureProperty().get(), labels,
                model::openStage));
    }
}
