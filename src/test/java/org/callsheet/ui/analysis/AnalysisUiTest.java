package org.callsheet.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.customers.BookRow;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.callsheet.logic.charts.PyramidTierEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: open Analysis, click a tier of the pyramid, land on the filtered customers. */
@ExtendWith(ApplicationExtension.class)
class AnalysisUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        ShippedFonts.registerWithAwt();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        window = new MainWindow(stage, backend.services(new FakeAnalysisBackend()), runner, preferences, () -> { });
        window.open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void clickingTheBigTierOfThePyramidShowsTheBigCustomers(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> table.getItems().size() == 4);

        robot.clickOn("#nav-analysis");
        waitFor(() -> robot.lookup("#tier-big").tryQuery().isPresent());
        assertThat(robot.lookup("#lastRun").queryAs(Label.class).getText()).contains("Mar 2, 2026");
        assertThat(robot.lookup("#list-churn").queryTableView().getItems()).hasSize(1);

        ChartViewer pyramid = robot.lookup("#pyramidChart").queryAs(ChartViewer.class);
        waitFor(() -> pyramid.getCanvas().getRenderingInfo() != null
                && pyramid.getCanvas().getRenderingInfo().getEntityCollection().getEntityCount() > 0);
        Point2D bar = tierCentre(pyramid, CustomerStatus.BIG);
        robot.clickOn(pyramid.getCanvas().localToScreen(bar));

        waitFor(() -> robot.lookup("#customerTable").tryQuery().isPresent());
        TableView<BookRow> filtered = robot.lookup("#customerTable").queryTableView();
        waitFor(() -> filtered.getItems().size() == 1 && filtered.getItems().getFirst().isLoaded());
        assertThat(filtered.getItems().getFirst().row().name()).isEqualTo("北京科技有限公司");
        assertThat(window.customers().filters().statuses()).containsExactly(CustomerStatus.BIG);

        robot.clickOn("#nav-analysis");
        waitFor(() -> robot.lookup("#tier-small").tryQuery().isPresent());
        robot.clickOn("#tier-small");
        waitFor(() -> robot.lookup("#customerTable").tryQuery().isPresent()
                && robot.lookup("#customerTable").queryTableView().getItems().size() == 1);
        assertThat(window.customers().filters().statuses()).containsExactly(CustomerStatus.SMALL);
    }

    /** The centre of the tier's band on the chart canvas, from the chart's own entity map. */
    private static Point2D tierCentre(ChartViewer viewer, CustomerStatus tier) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (Object o : viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
                ChartEntity entity = (ChartEntity) o;
                if (entity instanceof PyramidTierEntity band && band.key().equals(tier.name())) {
                    Rectangle2D box = entity.getArea().getBounds2D();
                    return new Point2D(box.getCenterX(), box.getCenterY());
                }
            }
            throw new AssertionError("no band for " + tier);
        }).get();
    }
}
