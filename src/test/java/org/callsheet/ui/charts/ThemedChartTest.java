package org.callsheet.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.callsheet.logic.charts.ChartColours;
import org.callsheet.ui.common.Theme;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart on screen takes the live theme's colours and follows a switch between light and dark. */
@ExtendWith(ApplicationExtension.class)
class ThemedChartTest {
    private ThemedChart chart;
    private int builds;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        chart = new ThemedChart(style -> {
            builds++;
            XYSeriesCollection data = new XYSeriesCollection(new XYSeries("s"));
            JFreeChart made = ChartFactory.createXYLineChart("t", "x", "y", data, PlotOrientation.VERTICAL,
                    false, false, false);
            return style.apply(made);
        });
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(chart.node()), 400, 300));
        stage.show();
    }

    @AfterEach
    void backToLight() throws Exception {
        WaitForAsyncUtils.asyncFx(Theme.LIGHT::apply).get();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void theLiveThemesColoursAreThePlainOnesTheCommandLineUses() throws Exception {
        waitFor(() -> chart.colours().equals(ChartColours.LIGHT));
        WaitForAsyncUtils.asyncFx(Theme.DARK::apply).get();
        waitFor(() -> chart.colours().equals(ChartColours.DARK));
    }

    @Test
    void aThemeSwitchRedrawsTheChartInTheNewColours() throws Exception {
        WaitForAsyncUtils.asyncFx(Theme.DARK::apply).get();
        waitFor(() -> ChartColours.DARK.background().equals(chart.chart().getBackgroundPaint()));
        assertThat(chart.chart().getXYPlot().getBackgroundPaint()).isEqualTo(ChartColours.DARK.background());
        assertThat(chart.chart().getTitle().getPaint()).isEqualTo(ChartColours.DARK.text());
        int afterDark = WaitForAsyncUtils.asyncFx(() -> builds).get();

        WaitForAsyncUtils.asyncFx(Theme.LIGHT::apply).get();
        waitFor(() -> ChartColours.LIGHT.background().equals(chart.chart().getBackgroundPaint()));
        assertThat(WaitForAsyncUtils.asyncFx(() -> builds).get()).isEqualTo(afterDark + 1);
    }
}
