package org.callsheet.ui.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.callsheet.logic.funnel.chart.FunnelStageEntity;
import org.callsheet.logic.settings.Settings;
import org.callsheet.model.Customer;
import org.callsheet.model.Opportunity;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: the funnel's figures, counts and amounts, and a click on a stage listing its opportunities. */
@ExtendWith(ApplicationExtension.class)
class FunnelScreenUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final FunnelBackend backend = new FunnelBackend();
    private Opportunity erp;
    private Opportunity crm;

    @Start
    void start(Stage stage) {
        Customer beijing = backend.customer("北京科技有限公司");
        Customer shanghai = backend.customer("上海贸易公司");
        erp = backend.open(beijing, "ERP 升级", "10000", org.callsheet.model.Stage.LEAD);
        crm = backend.open(shanghai, "CRM 系统", "20000", org.callsheet.model.Stage.NEGOTIATION);
        Opportunity won = backend.open(shanghai, "OA 软件", "5000", org.callsheet.model.Stage.CONTRACT);
        backend.opportunities.win(won.id());
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        new MainWindow(stage, backend.services(), runner, preferences, () -> { }).open();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void clickingAStageOfTheFunnelListsTheOpportunitiesThatReachedIt(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#nav-funnel").tryQuery().isPresent());
        robot.clickOn("#nav-funnel");
        waitFor(() -> robot.lookup("#funnel-tab-chart").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".tab-pane > .tab-header-area .tab").nth(2).queryAs(javafx.scene.Node.class));
        waitFor(() -> robot.lookup("#funnelChart").tryQuery().isPresent());

        assertThat(robot.lookup("#figure-won").queryAs(Label.class).getText()).isEqualTo("5,000");
        assertThat(robot.lookup("#figure-winRate").queryAs(Label.class).getText()).isEqualTo("100.0%");
        assertThat(robot.lookup("#figure-weighted").queryAs(Label.class).getText()).isEqualTo("13,000");
        ChartViewer chart = robot.lookup("#funnelChart").queryAs(ChartViewer.class);
        assertThat(chart.getChart().getTitle().getText()).isEqualTo("Sales funnel: opportunities per stage");

        robot.clickOn("#funnel-amounts");
        waitFor(() -> robot.lookup("#funnelChart").queryAs(ChartViewer.class).getChart().getTitle().getText()
                .equals("Sales funnel: amount per stage"));
        ChartViewer amounts = robot.lookup("#funnelChart").queryAs(ChartViewer.class);
        waitFor(() -> amounts.getCanvas().getRenderingInfo() != null
                && amounts.getCanvas().getRenderingInfo().getEntityCollection().getEntityCount() > 0);

        robot.clickOn(amounts.getCanvas().localToScreen(centreOf(amounts, org.callsheet.model.Stage.QUOTE)));

        TabPane tabs = robot.lookup("#funnelTabs").queryAs(TabPane.class);
        waitFor(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        TableView<OpportunityCard> table = robot.lookup("#opportunityTable").queryTableView();
        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(OpportunityCard::title).containsExactlyInAnyOrder("CRM 系统", "OA 软件");
        assertThat(table.getItems()).extracting(OpportunityCard::id).doesNotContain(erp.id()).contains(crm.id());
    }

    /** The centre of a stage's band on the chart canvas, from the chart's own entity map. */
    private static Point2D centreOf(ChartViewer viewer, org.callsheet.model.Stage stage) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            for (Object o : viewer.getCanvas().getRenderingInfo().getEntityCollection().getEntities()) {
                if (o instanceof FunnelStageEntity band && band.stage() == stage) {
                    Rectangle2D box = band.getArea().getBounds2D();
                    return new Point2D(box.getCenterX(), box.getCenterY());
                }
            }
            throw new AssertionError("no band for " + stage);
        }).get();
    }

}
