package org.callsheet.ui.visits;

import java.awt.BasicStroke;
import java.awt.Color;
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
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.i18n.I18n;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A picture of the day: the stops numbered as in the list, the route between them, the start
 * marked, and the district names, on a plane where a degree of longitude is scaled by the cosine
 * of the latitude (so distances look as they are). Clicking a stop selects it; the stop selected
 * in the list is drawn larger.
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
    private final XYPlot xy;
    private final ChartViewer viewer;

    DayChart(PlanModel plan, I18n i18n, IntegerProperty selected) {
        this.plan = plan;
        this.i18n = i18n;
        this.selected = selected;
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        for (NumberAxis axis : List.of(x, y)) {
            axis.setAutoRangeIncludesZero(false);
            axis.setTickLabelsVisible(false);
            axis.setTickMarksVisible(false);
            axis.setLowerMargin(0.12);
            axis.setUpperMargin(0.12);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(STOPS, false);
        renderer.setSeriesShape(STOPS, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(STOPS, new Color(0x2f6fb0));
        renderer.setSeriesLinesVisible(SELECTED, false);
        renderer.setSeriesShape(SELECTED, new Ellipse2D.Double(-9, -9, 18, 18));
        renderer.setSeriesPaint(SELECTED, new Color(0xe07b00));
        renderer.setSeriesLinesVisible(START, false);
        renderer.setSeriesShape(START, new Rectangle2D.Double(-7, -7, 14, 14));
        renderer.setSeriesPaint(START, new Color(0x2e8b57));
        renderer.setSeriesShapesVisible(ROUTE, false);
        renderer.setSeriesPaint(ROUTE, new Color(0x8aa4c0));
        renderer.setSeriesStroke(ROUTE, new BasicStroke(1.5f));
        xy = new XYPlot(data, x, y, renderer);
        xy.setBackgroundPaint(Color.WHITE);
        xy.setDomainGridlinesVisible(false);
        xy.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, new Font(ShippedFonts.FAMILY, Font.PLAIN, 12), xy, true);
        chart.setBackgroundPaint(Color.WHITE);
        viewer = new ChartViewer(chart);
        viewer.setId("dayChart");
        viewer.setMinSize(260, 220);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() instanceof XYItemEntity item && item.getSeriesIndex() == STOPS) {
                    selected.set(item.getItem());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
        plan.stops().addListener((ListChangeListener<PlanStop>) c -> redraw());
        plan.startProperty().addListener((obs, old, now) -> redraw());
        plan.returnToStartProperty().addListener((obs, old, now) -> redraw());
        selected.addListener((obs, old, now) -> redraw());
        redraw();
    }

    Node node() {
        return viewer;
    }

    ChartViewer viewer() {
        return viewer;
    }

    private void redraw() {
        ShippedFonts.ensureRegisteredWithAwt();
        List<PlanStop> stops = plan.stops();
        Optional<double[]> origin = plan.origin();
        double meanLat = stops.stream().mapToDouble(s -> s.placed().latitude()).average()
                .orElse(origin.map(o -> o[0]).orElse(0.0));
        double scale = Math.cos(Math.toRadians(meanLat));
        XYSeries points = new XYSeries(i18n.get("visits.chart.stops"), false);
        XYSeries chosen = new XYSeries(i18n.get("visits.chart.selected"), false);
        XYSeries start = new XYSeries(i18n.get("visits.chart.start"), false);
        XYSeries route = new XYSeries(i18n.get("visits.chart.route"), false);
        xy.clearAnnotations();
        origin.ifPresent(o -> {
            start.add(o[1] * scale, o[0]);
            route.add(o[1] * scale, o[0]);
        });
        Map<String, double[]> districts = new LinkedHashMap<>();
        Font numbers = new Font(ShippedFonts.FAMILY, Font.BOLD, 12);
        Font names = new Font(ShippedFonts.FAMILY, Font.PLAIN, 11);
        for (int i = 0; i < stops.size(); i++) {
            PlanStop s = stops.get(i);
            double x = s.placed().longitude() * scale;
            double y = s.placed().latitude();
            points.add(x, y);
            route.add(x, y);
            if (i == selected.get()) {
                chosen.add(x, y);
            }
            XYTextAnnotation number = new XYTextAnnotation(String.valueOf(i + 1), x, y);
            number.setFont(numbers);
            number.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            xy.addAnnotation(number);
            double[] d = districts.computeIfAbsent(s.placed().area().district(), k -> new double[3]);
            d[0] += x;
            d[1] += y;
            d[2]++;
        }
        if (plan.returnToStartProperty().get() && origin.isPresent() && !stops.isEmpty()) {
            route.add(origin.get()[1] * scale, origin.get()[0]);
        }
        districts.forEach((name, d) -> {
            if (!name.isEmpty()) {
                XYTextAnnotation label = new XYTextAnnotation(name, d[0] / d[2], d[1] / d[2]);
                label.setFont(names);
                label.setPaint(Color.GRAY);
                label.setTextAnchor(TextAnchor.TOP_CENTER);
                xy.addAnnotation(label);
            }
        });
        List<XYSeries> all = new ArrayList<>(List.of(points, chosen, start, route));
        data.removeAllSeries();
        all.forEach(data::addSeries);
    }
}
