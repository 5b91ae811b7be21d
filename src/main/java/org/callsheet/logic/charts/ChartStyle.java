package org.callsheet.logic.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart of the app: the theme's colours (no grey plot, no white panel in the
 * dark theme), the Okabe–Ito palette with a distinct point shape per series (so series differ in
 * more than colour), flat bars, the given font family (the shipped CJK font, so Chinese renders).
 * Built from plain colours, so the window (from its live theme) and the command line (from
 * {@link ChartColours#LIGHT}) draw alike.
 */
public final class ChartStyle {
    private static final float LINE_WIDTH = 2f;
    private static final double POINT = 8;

    private final ChartColours colours;
    private final String fontFamily;
    private final List<Color> series;

    private ChartStyle(ChartColours colours, String fontFamily) {
        this.colours = Objects.requireNonNull(colours, "colours");
        this.fontFamily = Objects.requireNonNull(fontFamily, "fontFamily");
        this.series = OkabeItoPalette.seriesOn(colours.background());
    }

    public static ChartStyle of(ChartColours colours, String fontFamily) {
        return new ChartStyle(colours, fontFamily);
    }

    public ChartColours colours() {
        return colours;
    }

    /** The colour of the series at this index (the palette repeats past its end). */
    public Color seriesColour(int index) {
        return series.get(Math.floorMod(index, series.size()));
    }

    public List<Color> seriesColours() {
        return series;
    }

    public Font titleFont() {
        return new Font(fontFamily, Font.BOLD, 15);
    }

    public Font labelFont() {
        return new Font(fontFamily, Font.BOLD, 12);
    }

    public Font textFont() {
        return new Font(fontFamily, Font.PLAIN, 12);
    }

    public Font smallFont() {
        return new Font(fontFamily, Font.PLAIN, 11);
    }

    /** A dashed reference line (a median, an even share) in the muted text colour. */
    public ValueMarker referenceMarker(double at) {
        ValueMarker marker = new ValueMarker(at);
        marker.setPaint(colours.mutedText());
        marker.setStroke(referenceStroke());
        return marker;
    }

    public Stroke referenceStroke() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
    }

    /**
     * Styles a chart in place and returns it; charts built by ChartFactory and the pyramid alike.
     * Series paints and strokes set before are replaced (JFreeChart's theme clears them): set a
     * series' own look afterwards.
     */
    public JFreeChart apply(JFreeChart chart) {
        chartTheme().apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 8, 8, 12));
        switch (plot) {
            case XYPlot xy -> styleXy(xy);
            case CategoryPlot category -> styleCategory(category);
            case PyramidPlot pyramid -> pyramid.style(this);
            default -> { }
        }
        return chart;
    }

    /** The JFreeChart theme with these colours and fonts (apply() adds what a theme cannot set). */
    public StandardChartTheme chartTheme() {
        StandardChartTheme theme = new StandardChartTheme("Callsheet");
        theme.setExtraLargeFont(titleFont());
        theme.setLargeFont(labelFont());
        theme.setRegularFont(textFont());
        theme.setSmallFont(smallFont());
        Color background = colours.background();
        theme.setChartBackgroundPaint(background);
        theme.setPlotBackgroundPaint(background);
        theme.setLegendBackgroundPaint(background);
        theme.setPlotOutlinePaint(colours.axisLines());
        theme.setTitlePaint(colours.text());
        theme.setSubtitlePaint(colours.mutedText());
        theme.setLegendItemPaint(colours.text());
        theme.setAxisLabelPaint(colours.text());
        theme.setTickLabelPaint(colours.mutedText());
        theme.setItemLabelPaint(colours.text());
        theme.setDomainGridlinePaint(colours.gridLines());
        theme.setRangeGridlinePaint(colours.gridLines());
        theme.setBaselinePaint(colours.axisLines());
        theme.setCrosshairPaint(colours.mutedText());
        theme.setLabelLinkPaint(colours.mutedText());
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        Paint[] paints = series.toArray(Paint[]::new);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(paints, paints, new Paint[] {background},
                new Stroke[] {new BasicStroke(LINE_WIDTH)}, new Stroke[] {new BasicStroke(1f)}, shapes()));
        return theme;
    }

    private void styleXy(XYPlot plot) {
        styleAxes(List.of(plot.getDomainAxis(), plot.getRangeAxis()));
        for (int r = 0; r < plot.getRendererCount(); r++) {
            XYItemRenderer renderer = plot.getRenderer(r);
            if (renderer == null) {
                continue;
            }
            Shape[] shapes = shapes();
            int count = plot.getDataset(r) == null ? 0 : plot.getDataset(r).getSeriesCount();
            for (int s = 0; s < count; s++) {
                renderer.setSeriesPaint(s, seriesColour(s));
                renderer.setSeriesShape(s, shapes[s % shapes.length]);
                renderer.setSeriesStroke(s, new BasicStroke(LINE_WIDTH));
            }
        }
    }

    private void styleCategory(CategoryPlot plot) {
        styleAxes(List.of(plot.getDomainAxis(), plot.getRangeAxis()));
        CategoryItemRenderer renderer = plot.getRenderer();
        if (renderer instanceof BarRenderer bars) {
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
        }
        int count = plot.getDataset() == null ? 0 : plot.getDataset().getRowCount();
        for (int s = 0; s < count && renderer != null; s++) {
            renderer.setSeriesPaint(s, seriesColour(s));
        }
    }

    private void styleAxes(List<? extends Axis> axes) {
        for (Axis axis : axes) {
            if (axis != null) {
                axis.setAxisLinePaint(colours.axisLines());
                axis.setTickMarkPaint(colours.axisLines());
            }
        }
    }

    /** Circle, square, triangle, diamond: a second cue beside colour. */
    private static Shape[] shapes() {
        double h = POINT / 2;
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(0, -h - 1);
        triangle.lineTo(h + 1, h);
        triangle.lineTo(-h - 1, h);
        triangle.closePath();
        Path2D diamond = new Path2D.Double();
        diamond.moveTo(0, -h - 1);
        diamond.lineTo(h + 1, 0);
        diamond.lineTo(0, h + 1);
        diamond.lineTo(-h - 1, 0);
        diamond.closePath();
        return new Shape[] {new Ellipse2D.Double(-h, -h, POINT, POINT),
                new Rectangle2D.Double(-h + 0.5, -h + 0.5, POINT - 1, POINT - 1), triangle, diamond};
    }
}
