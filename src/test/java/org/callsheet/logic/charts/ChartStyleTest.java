package org.callsheet.logic.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    private static JFreeChart scatter() {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < 4; s++) {
            XYSeries series = new XYSeries("s" + s);
            series.add(s, s * 10);
            data.addSeries(series);
        }
        return ChartFactory.createScatterPlot("t", "x", "y", data, PlotOrientation.VERTICAL, true, true, false);
    }

    @Test
    void theDarkStylePaintsChartAndPlotInTheThemesBackgroundWithNoGreyOrWhitePanel() {
        ChartStyle style = ChartStyle.of(ChartColours.DARK, Font.SANS_SERIF);
        JFreeChart chart = style.apply(scatter());
        XYPlot plot = chart.getXYPlot();
        assertThat(chart.getBackgroundPaint()).isEqualTo(ChartColours.DARK.background());
        assertThat(plot.getBackgroundPaint()).isEqualTo(ChartColours.DARK.background());
        assertThat(chart.getLegend().getBackgroundPaint()).isEqualTo(ChartColours.DARK.background());
        assertThat(chart.getTitle().getPaint()).isEqualTo(ChartColours.DARK.text());
        assertThat(plot.getRangeGridlinePaint()).isEqualTo(ChartColours.DARK.gridLines());
        assertThat(plot.getDomainAxis().getTickLabelPaint()).isEqualTo(ChartColours.DARK.mutedText());
        assertThat(plot.getDomainAxis().getAxisLinePaint()).isEqualTo(ChartColours.DARK.axisLines());

        BufferedImage image = chart.createBufferedImage(400, 300);
        assertThat(new Color(image.getRGB(2, 2))).isEqualTo(ChartColours.DARK.background());
        assertThat(new Color(image.getRGB(200, 150))).isNotEqualTo(Color.WHITE);
    }

    @Test
    void seriesTakeThePaletteInOrderWithADistinctShapeEach() {
        ChartStyle style = ChartStyle.of(ChartColours.LIGHT, Font.SANS_SERIF);
        XYPlot plot = style.apply(scatter()).getXYPlot();
        for (int s = 0; s < 4; s++) {
            assertThat(plot.getRenderer().getSeriesPaint(s)).isEqualTo(style.seriesColour(s));
        }
        assertThat(plot.getRenderer().getSeriesShape(0).getClass())
                .isNotEqualTo(plot.getRenderer().getSeriesShape(1).getClass());
        assertThat(style.seriesColour(0)).isEqualTo(style.seriesColour(style.seriesColours().size()));
    }

    @Test
    void fontsAreTheGivenFamilySoChineseLabelsRender() {
        ChartStyle style = ChartStyle.of(ChartColours.LIGHT, "Dialog");
        JFreeChart chart = style.apply(scatter());
        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(new Font("Dialog", Font.BOLD, 15).getFamily());
        assertThat(chart.getXYPlot().getDomainAxis().getLabelFont().getName()).isEqualTo("Dialog");
    }

    @Test
    void referenceLinesAreDashedInTheMutedColour() {
        ChartStyle style = ChartStyle.of(ChartColours.LIGHT, Font.SANS_SERIF);
        assertThat(style.referenceMarker(3).getPaint()).isEqualTo(ChartColours.LIGHT.mutedText());
        assertThat(((java.awt.BasicStroke) style.referenceStroke()).getDashArray()).isNotEmpty();
    }
}
