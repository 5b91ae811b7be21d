package org.callsheet.ui.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.StageFigures;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.sheets.brief.BriefFacts;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.ui.UiServices;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Sales brief (Ctrl+B), headless: the dialog previews the brief with its chart and follows the owner chosen. */
@ExtendWith(ApplicationExtension.class)
class SalesBriefUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.REP_NAME, "王芳");
        backend.settings.put(Settings.LANGUAGE, "en");
        ShippedFonts.loadForJavaFx();
        SalesBriefs briefs = new SalesBriefs(request -> {
            List<StageFigures> stages = new ArrayList<>();
            for (org.callsheet.model.Stage s : org.callsheet.model.Stage.values()) {
                long reached = 8 - s.ordinal();
                stages.add(new StageFigures(s, reached, BigDecimal.valueOf(reached * 1000), null, null, 0,
                        BigDecimal.ZERO, BigDecimal.ZERO));
            }
            return new BriefFacts(request, LocalDate.now(TestBackend.CLOCK), new FunnelFigures(stages, 8, null, 0,
                    BigDecimal.ZERO, BigDecimal.ZERO, 1, BigDecimal.ONE, 0, null, Map.of()),
                    new BriefFacts.Activity(5, 2, 1, 1), 1, BigDecimal.ONE, List.of(), List.of(), 0);
        }, SheetFont.shipped().metrics(), TestBackend.CLOCK);
        UiServices plain = backend.services();
        UiServices services = UiServices.builder(plain.customers(), plain.book(), plain.settings(), plain.clock())
                .version(plain.version()).demoData(plain.demoData()).attributions(plain.attributions())
                .shutdown(plain.shutdown()).salesBriefs(briefs).build();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        new MainWindow(stage, services, runner, preferences, () -> { }).open();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static List<String> pageTexts(FxRobot robot) {
        return robot.lookup("#briefPage").tryQueryAs(Node.class).map(page -> page.lookupAll("Text").stream()
                .map(n -> ((Text) n).getText()).toList()).orElse(List.of());
    }

    @Test
    void ctrlBOpensTheBriefWithItsChartAndTheOwnerChosenRebuildsIt(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#customerTable").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);

        waitFor(() -> pageTexts(robot).contains("Sales brief: everyone"));
        Node page = robot.lookup("#briefPage").queryAs(Node.class);
        assertThat(page.lookupAll("Canvas")).hasSize(1).allMatch(Canvas.class::isInstance);

        ComboBox<String> owner = robot.lookup("#briefOwner").queryComboBox();
        WaitForAsyncUtils.asyncFx(() -> owner.setValue("王伟")).get();
        robot.clickOn("#briefPreview");

        waitFor(() -> pageTexts(robot).contains("Sales brief: 王伟"));
        assertThat(pageTexts(robot)).contains("Calls made", "5");
    }
}
