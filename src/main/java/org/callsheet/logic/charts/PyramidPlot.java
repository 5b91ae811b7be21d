package org.callsheet.logic.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A pyramid of tiers stacked top tier on top, each tier a band as high as the others, with its
 * name and detail line beside it. Each band widens the pyramid by the tier's share, so a band's
 * lower edge is as wide as the share of the tiers down to it (ADR 35): the shape is a pyramid
 * whatever the shares, and the widening shows each tier's part.
 */
public final class PyramidPlot extends Plot {
    private static final double LABEL_GAP = 14;
    private static final double LINE_GAP = 2;

    private final List<PyramidTier> tiers;
    private List<Color> tierColours = OkabeItoPalette.seriesOn(ChartColours.LIGHT.background());
    private Color textColour = ChartColours.LIGHT.text();
    private Color mutedColour = ChartColours.LIGHT.mutedText();
    private Color edgeColour = ChartColours.LIGHT.background();
    private Font nameFont = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private Font detailFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    public PyramidPlot(List<PyramidTier> tiers) {
        this.tiers = List.copyOf(tiers);
    }

    public List<PyramidTier> tiers() {
        return tiers;
    }

    @Override
    public String getPlotType() {
        return "Pyramid";
    }

    /** Takes the style's colours and fonts (ChartStyle.apply calls this). */
    void style(ChartStyle style) {
        tierColours = style.seriesColours();
        textColour = style.colours().text();
        mutedColour = style.colours().mutedText();
        edgeColour = style.colours().background();
        nameFont = style.labelFont();
        detailFont = style.textFont();
        setNoDataMessageFont(style.textFont());
        setNoDataMessagePaint(style.colours().mutedText());
        fireChangeEvent();
    }

    Color tierColour(int index) {
        return tierColours.get(Math.floorMod(index, tierColours.size()));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        double total = tiers.stream().mapToDouble(PyramidTier::share).sum();
        if (tiers.isEmpty() || total <= 0) {
            drawNoDataMessage(g2, area);
            return;
        }
        List<Band> bands = layout(area, total, g2);
        EntityCollection entities = info == null ? null : info.getOwner().getEntityCollection();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            g2.setPaint(tierColour(i));
            g2.fill(band.shape());
            g2.setPaint(edgeColour);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(band.shape());
            Rectangle2D label = drawLabel(g2, band);
            if (entities != null) {
                Area clickable = new Area(band.shape());
                clickable.add(new Area(new Rectangle2D.Double(band.edgeX(), label.getY(),
                        Math.max(0, label.getMaxX() - band.edgeX()), label.getHeight())));
                PyramidTier tier = tiers.get(i);
                entities.add(new PyramidTierEntity(clickable, tier.name() + " · " + tier.detail(), tier.key()));
            }
        }
    }

    /** The bands in tier order, within the part of the area the labels leave free. */
    List<Band> layout(Rectangle2D area, double total, Graphics2D g2) {
        double labelWidth = 0;
        for (PyramidTier tier : tiers) {
            labelWidth = Math.max(labelWidth, Math.max(width(g2, nameFont, tier.name()),
                    width(g2, detailFont, tier.detail())));
        }
        labelWidth = Math.min(labelWidth, area.getWidth() * 0.45);
        double base = Math.max(0, area.getWidth() - labelWidth - LABEL_GAP);
        double centre = area.getX() + base / 2;
        double height = area.getHeight() / tiers.size();
        List<Band> bands = new ArrayList<>();
        double above = 0;
        for (int i = 0; i < tiers.size(); i++) {
            double down = above + tiers.get(i).share();
            double top = area.getY() + i * height;
            double topHalf = base * (above / total) / 2;
            double bottomHalf = base * (down / total) / 2;
            Path2D shape = new Path2D.Double();
            shape.moveTo(centre - topHalf, top);
            shape.lineTo(centre + topHalf, top);
            shape.lineTo(centre + bottomHalf, top + height);
            shape.lineTo(centre - bottomHalf, top + height);
            shape.closePath();
            double middle = top + height / 2;
            bands.add(new Band(i, shape, centre + (topHalf + bottomHalf) / 2, middle, area.getX() + base + LABEL_GAP,
                    area.getMaxX()));
            above = down;
        }
        return bands;
    }

    private Rectangle2D drawLabel(Graphics2D g2, Band band) {
        PyramidTier tier = tiers.get(band.index());
        FontMetrics name = g2.getFontMetrics(nameFont);
        FontMetrics detail = g2.getFontMetrics(detailFont);
        double blockHeight = name.getHeight() + LINE_GAP + detail.getHeight();
        double top = band.middleY() - blockHeight / 2;
        g2.setPaint(mutedColour);
        g2.setStroke(new BasicStroke(1f));
        g2.draw(new Line2D.Double(band.edgeX() + 3, band.middleY(), band.labelX() - 4, band.middleY()));
        g2.setPaint(textColour);
        g2.setFont(nameFont);
        g2.drawString(tier.name(), (float) band.labelX(), (float) (top + name.getAscent()));
        g2.setPaint(mutedColour);
        g2.setFont(detailFont);
        g2.drawString(tier.detail(), (float) band.labelX(),
                (float) (top + name.getHeight() + LINE_GAP + detail.getAscent()));
        return new Rectangle2D.Double(band.labelX(), top, Math.max(0, band.labelEnd() - band.labelX()), blockHeight);
    }

    private static double width(Graphics2D g2, Font font, String text) {
        return g2.getFontMetrics(font).getStringBounds(text, g2).getWidth();
    }

    /** One tier's band: its shape, the middle of its outer edge, and where its label goes. */
    record Band(int index, Shape shape, double edgeX, double middleY, double labelX, double labelEnd) {
    }
}
