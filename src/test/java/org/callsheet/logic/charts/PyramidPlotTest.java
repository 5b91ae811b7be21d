package org.callsheet.logic.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PyramidPlotTest {
    private static final List<PyramidTier> TIERS = List.of(
            new PyramidTier("SUPER", "Super", "3 customers · 40.0% of revenue", 0.40),
            new PyramidTier("BIG", "Big", "10 customers · 25.0% of revenue", 0.25),
            new PyramidTier("MEDIUM", "Medium", "37 customers · 25.0% of revenue", 0.25),
            new PyramidTier("SMALL", "Small", "200 customers · 10.0% of revenue", 0.10));

    private static List<PyramidPlot.Band> bands(Rectangle2D area) {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            return new PyramidPlot(TIERS).layout(area, 1.0, g2);
        } finally {
            g2.dispose();
        }
    }

    @Test
    void tiersAreStackedTopTierOnTopAndEachWidensThePyramidByItsShare() {
        Rectangle2D area = new Rectangle2D.Double(0, 0, 600, 400);
        List<PyramidPlot.Band> bands = bands(area);
        assertThat(bands).hasSize(4);
        double base = bands.getFirst().labelX() - 14;
        double above = 0;
        double previousTop = -1;
        for (int i = 0; i < bands.size(); i++) {
            Rectangle2D box = bands.get(i).shape().getBounds2D();
            assertThat(box.getY()).isGreaterThan(previousTop);
            previousTop = box.getY();
            assertThat(box.getHeight()).isCloseTo(100, offset(0.5));
            above += TIERS.get(i).share();
            // the band's lower edge is as wide as the share of the tiers down to it
            assertThat(box.getWidth()).isCloseTo(base * above, offset(1.0));
        }
        assertThat(bands.getFirst().shape().getBounds2D().getWidth())
                .isLessThan(bands.getLast().shape().getBounds2D().getWidth());
        // every band is centred on one axis
        double centre = bands.getFirst().shape().getBounds2D().getCenterX();
        bands.forEach(b -> assertThat(b.shape().getBounds2D().getCenterX()).isCloseTo(centre, offset(0.5)));
        // labels beside the pyramid, inside the area
        bands.forEach(b -> assertThat(b.labelX()).isGreaterThan(b.edgeX()).isLessThan(area.getMaxX()));
    }

    @Test
    void drawingNamesEveryTierForClicksInOrderAndFillsItInThePalette() {
        ChartStyle style = ChartStyle.of(ChartColours.DARK, Font.SANS_SERIF);
        PyramidPlot plot = new PyramidPlot(TIERS);
        JFreeChart chart = style.apply(new JFreeChart("Revenue pyramid", style.titleFont(), plot, false));
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.createBufferedImage(640, 420, info);

        List<PyramidTierEntity> tiers = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof PyramidTierEntity tier) {
                tiers.add(tier);
            }
        }
        assertThat(tiers).extracting(PyramidTierEntity::key).containsExactly("SUPER", "BIG", "MEDIUM", "SMALL");
        assertThat(tiers.get(1).getToolTipText()).isEqualTo("Big · 10 customers · 25.0% of revenue");
        for (int i = 1; i < tiers.size(); i++) {
            assertThat(tiers.get(i).getArea().getBounds2D().getY())
                    .isGreaterThan(tiers.get(i - 1).getArea().getBounds2D().getY());
        }
        // the middle of the lowest band, a little below its label line, is in the tier's colour
        Rectangle2D lowest = tiers.getLast().getArea().getBounds2D();
        int x = (int) (lowest.getMinX() + 30);
        int y = (int) (lowest.getCenterY() + lowest.getHeight() / 4);
        assertThat(new Color(image.getRGB(x, y))).isEqualTo(style.seriesColour(3));
        assertThat(new Color(image.getRGB(2, 2))).isEqualTo(ChartColours.DARK.background());
    }

    @Test
    void withoutRevenueTheChartSaysSoInsteadOfDrawingAnEmptyPyramid() {
        ChartStyle style = ChartStyle.of(ChartColours.LIGHT, Font.SANS_SERIF);
        PyramidPlot plot = new PyramidPlot(TIERS.stream()
                .map(t -> new PyramidTier(t.key(), t.name(), t.detail(), 0)).toList());
        plot.setNoDataMessage("No revenue yet");
        JFreeChart chart = style.apply(new JFreeChart(null, style.titleFont(), plot, false));
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.createBufferedImage(400, 300, info);
        assertThat(info.getEntityCollection().getEntities()).noneMatch(e -> e instanceof PyramidTierEntity);
        assertThat(plot.getNoDataMessagePaint()).isEqualTo(ChartColours.LIGHT.mutedText());
    }
}
