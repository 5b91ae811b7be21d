package org.callsheet.ui.visits;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import org.callsheet.logic.charts.ChartStyle;
import org.callsheet.ui.charts.ThemedChart;
import org.callsheet.ui.i18n.I18n;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A picture of the day: the stops numbered as in the list, the route between them, the start
 * marked, and the district names, on a plane where a degree of longitude is scaled by the cosine
 * of the latitude (so distances look as they are). Clicking a stop selects it; the stop selected
 * in the list is drawn larger. Drawn in the app's chart look, light or dark as the theme (ADR 35).
 */
final class DayChart {
    static final int STOPS = 0;
    private static final int SELECTED = 1;
    private static final int START = 2;
    private static final int ROUTE = 3;
    private final PlanModel plan;
    private final I18n i18n;
    private final IntegerProperty selected;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final ThemedChart chart;
    /** The plot and style of the chart shown now; a theme switch builds both again. */
    private XYPlot xy;
    private ChartStyle style;

    DayChart(PlanModel plan, I18n i18n, IntegerProperty selected) {
        this.plan = plan;
        this.i18n = i18n;
        this.selected = selected;
        chart = new ThemedChart(this::build, entity -> {
            if (entity instanceof XYItemEntity item && item.getSeriesIndex() == STOPS) {
                selected.set(item.getItem());
            }
        });
        chart.viewer().setId("dayChart");
        chart.viewer().setMinSize(260, 220);
        chart.viewer().setPrefSize(260, 220);
        plan.stops().addListener((ListChangeListener<PlanStop>) c -> redraw());
        plan.startProperty().addListener((obs, old, now) -> redraw());
        plan.returnToStartProperty().addListener((obs, old, now) -> redraw());
        selected.addListener((obs, old, now) -> redraw());
        redraw();
    }

    Node node() {
        return chart.node();
    }

    ChartViewer viewer() {
        return chart.viewer();
    }

    private JFreeChart build(ChartStyle chartStyle) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        for (NumberAxis axis : List.of(x, y)) {
            axis.setAutoRangeIncludesZero(false);
            axis.setLowerMargin(0.12);
            axis.setUpperMargin(0.12);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart built = chartStyle.apply(new JFreeChart(null, chartStyle.textFont(), plot, true));
        // after apply(): it gives every series the palette's look, these keep their own
        for (NumberAxis axis : List.of(x, y)) {
            axis.setTickLabelsVisible(false);
            axis.setTickMarksVisible(false);
            axis.setAxisLineVisible(false);
        }
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Ellipse2D.Double dot = new Ellipse2D.Double(-5, -5, 10, 10);
        renderer.setSeriesLinesVisible(STOPS, false);
        renderer.setSeriesShape(STOPS, dot);
        renderer.setSeriesPaint(STOPS, chartStyle.seriesColour(0));
        renderer.setSeriesLinesVisible(SELECTED, false);
        renderer.setSeriesShape(SELECTED, new Ellipse2D.Double(-9, -9, 18, 18));
        renderer.setLegendShape(SELECTED, dot);
        renderer.setSeriesPaint(SELECTED, chartStyle.seriesColour(1));
        renderer.setSeriesLinesVisible(START, false);
        renderer.setSeriesShape(START, new Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setLegendShape(START, new Rectangle2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(START, chartStyle.seriesColour(2));
        renderer.setSeriesShapesVisible(ROUTE, false);
        renderer.setSeriesPaint(ROUTE, chartStyle.colours().mutedText());
        renderer.setSeriesStroke(ROUTE, new BasicStroke(1.5f));
        xy = plot;
        style = chartStyle;
        if (data.getSeriesCount() > 0) {
            annotate();
        }
        return built;
    }

    private void redraw() {
        List<PlanStop> stops = plan.stops();
        Optional<double[]> origin = plan.origin();
        double scale = scale(stops, origin);
        XYSeries points = new XYSeries(i18n.get("visits.chart.stops"), false);
        XYSeries chosen = new XYSeries(i18n.get("visits.chart.selected"), false);
        XYSeries start = new XYSeries(i18n.get("visits.chart.start"), false);
        XYSeries route = new XYSeries(i18n.get("visits.chart.route"), false);
        origin.ifPresent(o -> {
            start.add(o[1] * scale, o[0]);
            route.add(o[1] * scale, o[0]);
        });
        for (int i = 0; i < stops.size(); i++) {
            PlanStop s = stops.get(i);
            double x = s.placed().longitude() * scale;
            double y = s.placed().latitude();
            points.add(x, y);
            route.add(x, y);
            if (i == selected.get()) {
                chosen.add(x, y);
            }
        }
        if (plan.returnToStartProperty().get() && origin.isPresent() && !stops.isEmpty()) {
            route.add(origin.get()[1] * scale, origin.get()[0]);
        }
        List<XYSeries> all = new ArrayList<>(List.of(points, chosen, start, route));
        data.removeAllSeries();
        all.forEach(data::addSeries);
        annotate();
    }

    /** Each stop's number beside it, and each district's name under its stops' middle. */
    private void annotate() {
        List<PlanStop> stops = plan.stops();
        double scale = scale(stops, plan.origin());
        xy.clearAnnotations();
        Map<String, double[]> districts = new LinkedHashMap<>();
        Font numbers = style.labelFont();
        Font names = style.smallFont();
        for (int i = 0; i < stops.size(); i++) {
            PlanStop s = stops.get(i);
            double x = s.placed().longitude() * scale;
            double y = s.placed().latitude();
            XYTextAnnotation number = new XYTextAnnotation(String.valueOf(i + 1), x, y);
            number.setFont(numbers);
            number.setPaint(style.colours().text());
            number.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            xy.addAnnotation(number);
            double[] d = districts.computeIfAbsent(s.placed().area().district(), k -> new double[3]);
            d[0] += x;
            d[1] += y;
            d[2]++;
        }
        districts.forEach((name, d) -> {
            if (!name.isEmpty()) {
                XYTextAnnotation label = new XYTextAnnotation(name, d[0] / d[2], d[1] / d[2]);
                label.setFont(names);
                label.setPaint(style.colours().mutedText());
                label.setTextAnchor(TextAnchor.TOP_CENTER);
                xy.addAnnotation(label);
            }
        });
    }

    private static double scale(List<PlanStop> stops, Optional<double[]> origin) {
        double meanLat = stops.stream().mapToDouble(s -> s.placed().latitude()).average()
                .orElse(origin.map(o -> o[0]).orElse(0.0));
        return Math.cos(Math.toRadians(meanLat));
    }
}
