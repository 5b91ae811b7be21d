package org.callsheet.ui.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.callsheet.logic.classification.ParetoPoint;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.QuadrantPoint;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.common.ShippedFonts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The Analysis screen's JFreeChart charts, labelled in the UI language with the shipped CJK font. */
final class AnalysisCharts {
    static final List<CustomerStatus> TIERS = List.of(CustomerStatus.SUPER, CustomerStatus.BIG,
            CustomerStatus.MEDIUM, CustomerStatus.SMALL);
    static final List<ValueQuadrant> QUADRANTS = List.of(ValueQuadrant.HIGH_VALUE, ValueQuadrant.FREQUENT_SMALL,
            ValueQuadrant.OCCASIONAL_BIG, ValueQuadrant.LOW_VALUE);

    private final I18n i18n;

    AnalysisCharts(I18n i18n) {
        this.i18n = i18n;
    }

    /** Customers per tier (bars) with the revenue share in the tier's label; a click opens the tier. */
    ChartViewer pyramid(List<TierSummary> tiers, Consumer<CustomerStatus> open) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, CustomerStatus> byLabel = new LinkedHashMap<>();
        Map<CustomerStatus, TierSummary> found = new EnumMap<>(CustomerStatus.class);
        tiers.forEach(t -> found.put(t.status(), t));
        String series = i18n.get("analysis.pyramid.customers");
        for (CustomerStatus status : TIERS) {
            TierSummary t = found.get(status);
            String label = i18n.format("analysis.pyramid.tierLabel", StatusLabels.label(i18n, status),
                    share(t == null ? BigDecimal.ZERO : t.revenueShare()));
            byLabel.put(label, status);
            dataset.addValue(t == null ? 0 : t.customers(), series, label);
        }
        JFreeChart chart = ChartFactory.createBarChart(i18n.get("analysis.pyramid.title"), null,
                i18n.get("analysis.pyramid.customers"), dataset, PlotOrientation.HORIZONTAL, false, true, false);
        themed(chart);
        // Whole customers only, and a sensible scale before anything is classified (all bars zero).
        NumberAxis counts = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        counts.setAutoRangeIncludesZero(true);
        counts.setAutoRangeMinimumSize(10);
        return viewer(chart, entity -> {
            if (entity instanceof CategoryItemEntity item) {
                CustomerStatus status = byLabel.get(String.valueOf(item.getColumnKey()));
                if (status != null) {
                    open.accept(status);
                }
            }
        });
    }

    /** Average order amount against order count, one series per quadrant, with the median lines. */
    ChartViewer quadrants(QuadrantChart data, Consumer<ValueQuadrant> open) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        Map<ValueQuadrant, XYSeries> series = new EnumMap<>(ValueQuadrant.class);
        for (ValueQuadrant q : QUADRANTS) {
            XYSeries s = new XYSeries(i18n.get(q.messageKey()), false, true);
            series.put(q, s);
            dataset.addSeries(s);
        }
        for (QuadrantPoint p : data.points()) {
            XYSeries s = series.get(p.quadrant());
            if (s != null && p.averageOrder() != null) {
                s.add(p.orders(), p.averageOrder().doubleValue());
            }
        }
        JFreeChart chart = ChartFactory.createScatterPlot(i18n.get("analysis.quadrant.title"),
                i18n.get("analysis.quadrant.orders"), i18n.get("analysis.quadrant.averageOrder"), dataset,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        if (AmountScale.logarithmic(data.points())) {
            LogAxis amounts = new LogAxis(i18n.get("analysis.quadrant.averageOrderLog"));
            amounts.setNumberFormatOverride(NumberFormat.getIntegerInstance(i18n.language().locale()));
            amounts.setSmallestValue(AmountScale.smallest(data.points()) / 2);
            // ticks at whole powers of ten (100, 1,000, ...) rather than at 316, 3,162, ...
            amounts.setTickUnit(new NumberTickUnit(1), false, true);
            plot.setRangeAxis(amounts);
        }
        themed(chart);
        if (data.frequencyMedian() != null) {
            plot.addDomainMarker(marker(data.frequencyMedian().doubleValue()));
        }
        if (data.averageOrderMedian() != null) {
            plot.addRangeMarker(marker(data.averageOrderMedian().doubleValue()));
        }
        return viewer(chart, entity -> {
            if (entity instanceof XYItemEntity item && item.getSeriesIndex() < QUADRANTS.size()) {
                open.accept(QUADRANTS.get(item.getSeriesIndex()));
            }
        });
    }

    /** Share of revenue (y) brought by the top share of customers (x), both in percent. */
    ChartViewer pareto(List<ParetoPoint> points) {
        XYSeries curve = new XYSeries(i18n.get("analysis.pareto.curve"), false, true);
        points.forEach(p -> curve.add(p.customerShare() * 100, p.revenueShare() * 100));
        XYSeries even = new XYSeries(i18n.get("analysis.pareto.even"), false, true);
        even.add(0, 0);
        even.add(100, 100);
        XYSeriesCollection dataset = new XYSeriesCollection(curve);
        dataset.addSeries(even);
        JFreeChart chart = ChartFactory.createXYLineChart(i18n.get("analysis.pareto.title"),
                i18n.get("analysis.pareto.customerShare"), i18n.get("analysis.pareto.revenueShare"), dataset,
                PlotOrientation.VERTICAL, true, true, false);
        themed(chart);
        chart.getXYPlot().getRenderer().setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        chart.getXYPlot().getRenderer().setSeriesPaint(1, Color.GRAY);
        return viewer(chart, entity -> { });
    }

    private static ValueMarker marker(double at) {
        ValueMarker m = new ValueMarker(at);
        m.setPaint(Color.DARK_GRAY);
        m.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return m;
    }

    static String share(BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static ChartViewer viewer(JFreeChart chart, Consumer<ChartEntity> clicked) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setPrefSize(520, 320);
        viewer.setMinSize(300, 220);
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                if (event.getEntity() != null) {
                    clicked.accept(event.getEntity());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
        return viewer;
    }

    /** The shipped CJK font everywhere (so Chinese labels render) on a white background. */
    private static JFreeChart themed(JFreeChart chart) {
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        ShippedFonts.ensureRegisteredWithAwt();
        String family = ShippedFonts.FAMILY;
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 16));
        theme.setLargeFont(new Font(family, Font.BOLD, 13));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        return theme;
    }
}
