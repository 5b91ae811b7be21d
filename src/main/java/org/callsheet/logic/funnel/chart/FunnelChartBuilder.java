package org.callsheet.logic.funnel.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.StageFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Builds the funnel chart of some funnel figures: a JFreeChart (for a ChartViewer, or drawn onto
 * any {@link Graphics2D} with {@link #draw}, for PNG and PDF) whose plot is the tapered funnel of
 * {@link FunnelPlot}, titled by the measure, with the weakest step named beneath it. Stage names,
 * numbers and the other texts are in the language of {@code texts}; colours come from the palette.
 */
public final class FunnelChartBuilder {
    private final FunnelChartTexts texts;
    private final FunnelPalette palette;
    private final String fontFamily;

    /** {@code fontFamily} must cover the language's characters (the shipped font, for Chinese). */
    public FunnelChartBuilder(FunnelChartTexts texts, FunnelPalette palette, String fontFamily) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.palette = Objects.requireNonNull(palette, "palette");
        this.fontFamily = Objects.requireNonNull(fontFamily, "fontFamily");
    }

    public JFreeChart chart(FunnelFigures figures, FunnelMeasure measure) {
        FunnelPlot plot = new FunnelPlot(segments(figures, measure), palette, fontFamily);
        plot.setNoDataMessage(texts.text("funnelchart.noData"));
        JFreeChart chart = new JFreeChart(texts.text("funnelchart.title." + measure.name()),
                new Font(fontFamily, Font.BOLD, 12), plot, false);
        chart.getTitle().setPaint(palette.text());
        chart.setBackgroundPaint(palette.background());
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        // bottom titles stack outwards from the first: the legend at the foot, the weakest step above it
        chart.addSubtitle(subtitle(texts.text("funnelchart.legend",
                texts.text("funnelchart.measure." + measure.name())), Font.PLAIN, palette.mutedText()));
        weakestStepText(figures).ifPresent(text -> chart.addSubtitle(subtitle(text, Font.BOLD, palette.weakestMark())));
        return chart;
    }

    /** Draws the chart into {@code area} of {@code g2} (a PNG's image, a PDF page, a printer). */
    public static void draw(JFreeChart chart, Graphics2D g2, Rectangle2D area) {
        chart.draw(g2, area);
    }

    /** "Weakest step: Quote → Negotiation (35.0 %)", when a step has a conversion. */
    public Optional<String> weakestStepText(FunnelFigures figures) {
        return figures.weakestStep().map(step -> texts.text("funnelchart.weakest", texts.stage(step.stage()),
                texts.stage(step.stage().next().orElseThrow()), texts.percent(step.conversionToNext())));
    }

    List<FunnelSegment> segments(FunnelFigures figures, FunnelMeasure measure) {
        StageFigures weakest = figures.weakestStep().orElse(null);
        List<FunnelSegment> segments = new ArrayList<>(figures.stages().size());
        for (StageFigures stage : figures.stages()) {
            BigDecimal value = measure == FunnelMeasure.COUNT ? BigDecimal.valueOf(stage.reached())
                    : stage.reachedAmount();
            String conversion = stage.conversionToNext() == null ? null
                    : texts.text("funnelchart.conversion", texts.percent(stage.conversionToNext()));
            String days = stage.averageDaysInStage() == null ? null : texts.days(stage.averageDaysInStage());
            segments.add(new FunnelSegment(stage.stage(), texts.stage(stage.stage()), value.doubleValue(),
                    texts.whole(value), conversion, days, stage == weakest));
        }
        return segments;
    }

    private TextTitle subtitle(String text, int style, java.awt.Paint paint) {
        TextTitle title = new TextTitle(text, new Font(fontFamily, style, 9));
        title.setPaint(paint);
        title.setPosition(RectangleEdge.BOTTOM);
        title.setHorizontalAlignment(HorizontalAlignment.CENTER);
        title.setPadding(new RectangleInsets(2, 4, 0, 4));
        return title;
    }
}
