package org.callsheet.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window opened on the day after the last classification brings it up to today by itself. */
@ExtendWith(ApplicationExtension.class)
class ClassificationCatchUpUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private final TestBackend backend = new TestBackend().withSampleCustomers();
    private final FakeAnalysisBackend analysis = new FakeAnalysisBackend();

    @Start
    void start(Stage stage) {
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.LANGUAGE, "en");
        analysis.lastRun = Optional.of(new AnalysisBackend.LastRun(Instant.parse("2026-03-01T17:00:00Z"),
                FakeAnalysisBackend.TODAY.minusDays(1)));
        ShippedFonts.loadForJavaFx();
        ShippedFonts.registerWithAwt();
        FxTaskRunner runner = new FxTaskRunner(2);
        UserPreferences preferences = UserPreferences.read(backend.settings, runner, Locale.US);
        new MainWindow(stage, backend.services(analysis), runner, preferences, () -> { }).open();
    }

    @Test
    void yesterdaysClassificationIsBroughtUpToTodayAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        Label message = robot.lookup("#statusMessage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> message.getText().startsWith("Classification brought up to today")).get());

        assertThat(message.getText()).isEqualTo("Classification brought up to today: 3 customers changed status");
        assertThat(analysis.reclassifiedAsOf).containsExactly(FakeAnalysisBackend.TODAY);
    }
}
