package org.callsheet.logic.funnel.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.ui.RectangleInsets;

/**
 * A tapered funnel drawn to scale: one band per stage, top to bottom, each as wide at its top as
 * its value and narrowing to the next stage's value (the last stage keeps its width). Left of it
 * the stage names; right of it the value and the mean days in the stage, and at each step the
 * conversion to the next stage. The weakest step is marked in the palette's mark colour and the
 * stage after it filled with the weakest fill. Each band is a {@link FunnelStageEntity}.
 */
final class FunnelPlot extends Plot {
    private static final double NAME_SHARE = 0.22;
    private static final double FUNNEL_SHARE = 0.44;
    private static final double VALUE_SHARE = 0.20;
    /** A stage of value 0 still shows as a sliver, so the eye finds it. */
    private static final double MIN_WIDTH = 2;

    private final transient List<FunnelSegment> segments;
    private final transient FunnelPalette palette;
    private final String fontFamily;

    FunnelPlot(List<FunnelSegment> segments, FunnelPalette palette, String fontFamily) {
        this.segments = List.copyOf(segments);
        this.palette = palette;
        this.fontFamily = fontFamily;
        setBackgroundPaint(palette.background());
        setOutlineVisible(false);
        setInsets(new RectangleInsets(4, 4, 4, 4));
        setNoDataMessagePaint(palette.mutedText());
    }

    List<FunnelSegment> segments() {
        return segments;
    }

    @Override
    public String getPlotType() {
        return "Funnel";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        double top = segments.isEmpty() ? 0 : segments.getFirst().value();
        if (top <= 0) {
            setNoDataMessageFont(new Font(fontFamily, Font.PLAIN, 13));
            drawNoDataMessage(g2, area);
            return;
        }
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Columns columns = new Columns(area);
        double rowHeight = area.getHeight() / segments.size();
        float size = (float) Math.max(7, Math.min(12, rowHeight * 0.3));
        Font plain = new Font(fontFamily, Font.PLAIN, Math.round(size));
        Font bold = new Font(fontFamily, Font.BOLD, Math.round(size));
        Font small = new Font(fontFamily, Font.PLAIN, Math.max(7, Math.round(size * 0.85f)));
        EntityCollection entities = info == null || info.getOwner() == null ? null
                : info.getOwner().getEntityCollection();
        for (int i = 0; i < segments.size(); i++) {
            FunnelSegment segment = segments.get(i);
            double y = area.getY() + i * rowHeight;
            double topWidth = width(segment.value(), top, columns.funnelWidth());
            double bottomValue = i + 1 < segments.size() ? segments.get(i + 1).value() : segment.value();
            double bottomWidth = width(bottomValue, top, columns.funnelWidth());
            Shape band = band(columns.funnelCentre(), y + 1, y + rowHeight - 1, topWidth, bottomWidth);
            boolean afterWeakest = i > 0 && segments.get(i - 1).weakestStepBelow();
            g2.setPaint(afterWeakest ? palette.weakestFill() : palette.stageFill());
            g2.fill(band);
            g2.setPaint(palette.stageOutline());
            g2.setStroke(new BasicStroke(1f));
            g2.draw(band);
            double middle = y + rowHeight / 2;
            g2.setPaint(palette.text());
            drawRight(g2, plain, segment.name(), columns.nameRight(), middle);
            drawLeft(g2, bold, segment.valueText(), columns.valueLeft(), middle - (segment.daysText() == null ? 0
                    : size * 0.55));
            if (segment.daysText() != null) {
                g2.setPaint(palette.mutedText());
                drawLeft(g2, small, segment.daysText(), columns.valueLeft(), middle + size * 0.6);
            }
            if (segment.conversionText() != null) {
                drawStep(g2, segment, columns, y + rowHeight, segment.weakestStepBelow() ? bold : small,
                        bottomWidth);
            }
            if (entities != null) {
                Rectangle2D row = new Rectangle2D.Double(area.getX(), y, area.getWidth(), rowHeight);
                entities.add(new FunnelStageEntity(row, segment.stage(), segment.name() + ": " + segment.valueText()));
            }
        }
    }

    /** The conversion at the border between a stage and the next; the weakest one in the mark colour. */
    private void drawStep(Graphics2D g2, FunnelSegment segment, Columns columns, double y, Font font,
                          double borderWidth) {
        if (segment.weakestStepBelow()) {
            g2.setPaint(palette.weakestMark());
            g2.setStroke(new BasicStroke(3f));
            double half = Math.max(borderWidth, MIN_WIDTH * 4) / 2 + 6;
            g2.draw(new Line2D.Double(columns.funnelCentre() - half, y, columns.funnelCentre() + half, y));
        } else {
            g2.setPaint(palette.mutedText());
        }
        drawLeft(g2, font, segment.conversionText(), columns.conversionLeft(), y);
    }

    private static double width(double value, double top, double full) {
        return Math.max(MIN_WIDTH, full * value / top);
    }

    private static Shape band(double centre, double top, double bottom, double topWidth, double bottomWidth) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(centre - topWidth / 2, top);
        path.lineTo(centre + topWidth / 2, top);
        path.lineTo(centre + bottomWidth / 2, bottom);
        path.lineTo(centre - bottomWidth / 2, bottom);
        path.closePath();
        return path;
    }

    /** Text ending at {@code right}, centred on {@code middle}. */
    private static void drawRight(Graphics2D g2, Font font, String text, double right, double middle) {
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        float x = (float) (right - metrics.stringWidth(text));
        g2.drawString(text, x, baseline(metrics, middle));
    }

    /** Text starting at {@code left}, centred on {@code middle}. */
    private static void drawLeft(Graphics2D g2, Font font, String text, double left, double middle) {
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        g2.drawString(text, (float) left, baseline(metrics, middle));
    }

    private static float baseline(FontMetrics metrics, double middle) {
        return (float) (middle + (metrics.getAscent() - metrics.getDescent()) / 2.0);
    }

    /** Where the names, the funnel, the values and the conversions go across the plot. */
    private record Columns(double nameRight, double funnelCentre, double funnelWidth, double valueLeft,
                           double conversionLeft) {
        Columns(Rectangle2D area) {
            this(area.getX() + area.getWidth() * NAME_SHARE - 6,
                    area.getX() + area.getWidth() * (NAME_SHARE + FUNNEL_SHARE / 2),
                    area.getWidth() * FUNNEL_SHARE - 8,
                    area.getX() + area.getWidth() * (NAME_SHARE + FUNNEL_SHARE) + 6,
                    area.getX() + area.getWidth() * (NAME_SHARE + FUNNEL_SHARE + VALUE_SHARE) + 4);
        }
    }
}
