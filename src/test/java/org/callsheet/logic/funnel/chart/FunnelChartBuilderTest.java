package org.callsheet.logic.funnel.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.charts.OkabeItoPalette;
import org.callsheet.logic.funnel.StageFigures;
import org.callsheet.logic.text.ShippedFont;
import org.callsheet.model.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The funnel chart on hand-made figures: 100, 80, 40, 30, 24, 20, 20 reached, amounts halving, the
 * weakest step opportunity → quote (50 %). Drawn into an image, the bands are as wide as their
 * values say, the stage after the weakest step is filled in the palette's weakest colour, and
 * every stage is a clickable entity.
 */
class FunnelChartBuilderTest {
    private static final long[] REACHED = {100, 80, 40, 30, 24, 20, 20};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;

    @BeforeAll
    static void font() {
        ShippedFont.registerWithAwt();
    }

    private static FunnelFigures figures() {
        List<StageFigures> stages = new ArrayList<>();
        Stage[] all = Stage.values();
        for (int i = 0; i < all.length; i++) {
            BigDecimal conversion = i + 1 < all.length
                    ? BigDecimal.valueOf(REACHED[i + 1]).divide(BigDecimal.valueOf(REACHED[i]), 4,
                    java.math.RoundingMode.HALF_UP) : null;
            BigDecimal days = i + 1 < all.length ? new BigDecimal("3.25").multiply(BigDecimal.valueOf(i + 1)) : null;
            stages.add(new StageFigures(all[i], REACHED[i], BigDecimal.valueOf(64_000L >> i), conversion, days, 1,
                    BigDecimal.TEN, BigDecimal.ONE));
        }
        return new FunnelFigures(stages, 100, new BigDecimal("0.2"), 7, BigDecimal.valueOf(70), BigDecimal.valueOf(7),
                20, BigDecimal.valueOf(2000), 60, new BigDecimal("0.25"), Map.of("price", 30L));
    }

    private static FunnelChartBuilder builder(Locale locale) {
        return new FunnelChartBuilder(new FunnelChartTexts(locale), FunnelPalette.light(), ShippedFont.FAMILY);
    }

    @Test
    void segmentsCarryNamesValuesConversionsDaysAndTheWeakestStepInTheChosenLanguage() {
        List<FunnelSegment> segments = builder(Locale.SIMPLIFIED_CHINESE).segments(figures(), FunnelMeasure.COUNT);

        assertThat(segments).extracting(FunnelSegment::name)
                .containsExactly("线索", "商机", "方案报价", "商务谈判", "签订合同", "回款", "开票");
        assertThat(segments).extracting(FunnelSegment::value)
                .containsExactly(100.0, 80.0, 40.0, 30.0, 24.0, 20.0, 20.0);
        assertThat(segments.get(1).conversionText()).isEqualTo("↓ 50.0%");
        assertThat(segments.get(0).daysText()).isEqualTo("3.3 天");
        assertThat(segments.getLast().conversionText()).isNull();
        assertThat(segments.getLast().daysText()).isNull();
        assertThat(segments).extracting(FunnelSegment::weakestStepBelow)
                .containsExactly(false, true, false, false, false, false, false);
    }

    @Test
    void amountsMeasureTheBandsByTheAmountReached() {
        List<FunnelSegment> segments = builder(Locale.ENGLISH).segments(figures(), FunnelMeasure.AMOUNT);

        assertThat(segments).extracting(FunnelSegment::value)
                .containsExactly(64000.0, 32000.0, 16000.0, 8000.0, 4000.0, 2000.0, 1000.0);
        assertThat(segments.getFirst().valueText()).isEqualTo("64,000");
        assertThat(segments.getFirst().name()).isEqualTo("Lead");
    }

    @Test
    void titleAndWeakestStepAreWrittenInTheChosenLanguage() {
        JFreeChart chart = builder(Locale.TRADITIONAL_CHINESE).chart(figures(), FunnelMeasure.COUNT);

        assertThat(chart.getTitle().getText()).isEqualTo("銷售漏斗：各階段商機數");
        assertThat(((TextTitle) chart.getSubtitle(1)).getText()).isEqualTo("最薄弱環節：商機 → 方案報價（50.0%）");
    }

    @Test
    void bandsAreDrawnToScaleWithTheStageAfterTheWeakestStepHighlightedAndEveryStageClickable() {
        JFreeChart chart = builder(Locale.ENGLISH).chart(figures(), FunnelMeasure.COUNT);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
        g2.dispose();

        List<FunnelStageEntity> stages = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof FunnelStageEntity stage) {
                stages.add(stage);
            }
        }
        assertThat(stages).extracting(FunnelStageEntity::stage).containsExactly(Stage.values());

        // a band's width halfway down is the mean of its top (its value) and its bottom (the next value)
        double[] widths = new double[stages.size()];
        for (int i = 0; i < stages.size(); i++) {
            Rectangle2D row = stages.get(i).getArea().getBounds2D();
            widths[i] = filledWidth(image, (int) row.getCenterY());
        }
        double unit = widths[0] / ((REACHED[0] + REACHED[1]) / 2.0);
        for (int i = 1; i < widths.length - 1; i++) {
            assertThat(widths[i]).as("band %d", i).isCloseTo(unit * (REACHED[i] + REACHED[i + 1]) / 2.0, within(4.0));
        }
        assertThat(widths[6]).isCloseTo(unit * REACHED[6], within(4.0));

        int quoteRow = (int) stages.get(2).getArea().getBounds2D().getCenterY();
        int leadRow = (int) stages.get(0).getArea().getBounds2D().getCenterY();
        int centre = funnelCentre(image, leadRow);
        assertThat(new Color(image.getRGB(centre, quoteRow))).isEqualTo(OkabeItoPalette.ORANGE);
        assertThat(new Color(image.getRGB(centre, leadRow))).isEqualTo(OkabeItoPalette.SKY_BLUE);
    }

    @Test
    void noOpportunitiesDrawTheNoDataMessageInsteadOfAFunnel() {
        List<StageFigures> empty = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            empty.add(new StageFigures(stage, 0, BigDecimal.ZERO, null, null, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        FunnelFigures none = new FunnelFigures(empty, 0, null, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0, null, Map.of());
        JFreeChart chart = builder(Locale.ENGLISH).chart(none, FunnelMeasure.COUNT);
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 400, 300), info);
        g2.dispose();

        assertThat(chart.getPlot().getNoDataMessage()).isEqualTo("No opportunities in this period");
        assertThat(chart.getSubtitleCount()).isEqualTo(1);
        assertThat(info.getEntityCollection().getEntities()).noneMatch(FunnelStageEntity.class::isInstance);
        assertThat(countColour(image, OkabeItoPalette.SKY_BLUE)).isZero();
    }

    private static boolean filled(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return c.equals(OkabeItoPalette.SKY_BLUE) || c.equals(OkabeItoPalette.ORANGE);
    }

    private static double filledWidth(BufferedImage image, int y) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            if (filled(image, x, y)) {
                count++;
            }
        }
        return count;
    }

    private static int funnelCentre(BufferedImage image, int y) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            if (filled(image, x, y)) {
                first = first < 0 ? x : first;
                last = x;
            }
        }
        return (first + last) / 2;
    }

    private static long countColour(BufferedImage image, Color colour) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == colour.getRGB()) {
                    n++;
                }
            }
        }
        return n;
    }
}
