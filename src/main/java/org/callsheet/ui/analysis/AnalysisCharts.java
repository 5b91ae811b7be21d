package org.callsheet.ui.analysis;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.callsheet.logic.charts.ChartStyle;
import org.callsheet.logic.charts.PyramidPlot;
import org.callsheet.logic.charts.PyramidTier;
import org.callsheet.logic.charts.PyramidTierEntity;
import org.callsheet.logic.classification.ParetoPoint;
import org.callsheet.logic.classification.QuadrantChart;
import org.callsheet.logic.classification.QuadrantPoint;
import org.callsheet.logic.classification.TierSummary;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.charts.ThemedChart;
import org.callsheet.ui.i18n.I18n;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
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

    /**
     * The tiers stacked as a pyramid, top tier on top, each widening it by its share of revenue
     * and labelled with its customers and share; a click on a tier opens its customers.
     */
    ThemedChart pyramid(List<TierSummary> tiers, Consumer<CustomerStatus> open) {
        Map<CustomerStatus, TierSummary> found = new EnumMap<>(CustomerStatus.class);
        tiers.forEach(t -> found.put(t.status(), t));
        List<PyramidTier> shown = new ArrayList<>();
        for (CustomerStatus status : TIERS) {
            TierSummary t = found.get(status);
            long customers = t == null ? 0 : t.customers();
            BigDecimal share = t == null || t.revenueShare() == null ? BigDecimal.ZERO : t.revenueShare();
            shown.add(new PyramidTier(status.name(), StatusLabels.label(i18n, status),
                    i18n.format("analysis.pyramid.detail", customers, share(share)), Math.max(0, share.doubleValue())));
        }
        return new ThemedChart(style -> {
            PyramidPlot plot = new PyramidPlot(shown);
            plot.setNoDataMessage(i18n.get("analysis.pyramid.empty"));
            return style.apply(new JFreeChart(i18n.get("analysis.pyramid.title"), style.titleFont(), plot, false));
        }, entity -> {
            if (entity instanceof PyramidTierEntity tier) {
                open.accept(CustomerStatus.valueOf(tier.key()));
            }
        });
    }

    /** Average order amount against order count, one series per quadrant, with the median lines. */
    ThemedChart quadrants(QuadrantChart data, Consumer<ValueQuadrant> open) {
        return new ThemedChart(style -> quadrantChart(style, data), entity -> {
            if (entity instanceof XYItemEntity item && item.getSeriesIndex() < QUADRANTS.size()) {
                open.accept(QUADRANTS.get(item.getSeriesIndex()));
            }
        });
    }

    private JFreeChart quadrantChart(ChartStyle style, QuadrantChart data) {
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
        style.apply(chart);
        if (data.frequencyMedian() != null) {
            plot.addDomainMarker(style.referenceMarker(data.frequencyMedian().doubleValue()));
        }
        if (data.averageOrderMedian() != null) {
            plot.addRangeMarker(style.referenceMarker(data.averageOrderMedian().doubleValue()));
        }
        return chart;
    }

    /** Share of revenue (y) brought by the top share of customers (x), both in percent. */
    ThemedChart pareto(List<ParetoPoint> points) {
        return new ThemedChart(style -> paretoChart(style, points));
    }

    private JFreeChart paretoChart(ChartStyle style, List<ParetoPoint> points) {
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
        style.apply(chart);
        // the even line is a reference, not data (after apply: a theme clears series paints)
        chart.getXYPlot().getRenderer().setSeriesStroke(1, style.referenceStroke());
        chart.getXYPlot().getRenderer().setSeriesPaint(1, style.colours().mutedText());
        return chart;
    }

    static String share(BigDecimal share) {
        return share.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
