package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.customers.BookRow;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.testing.InMemorySettingsRepository;
import org.callsheet.ui.testing.SyntheticCustomerRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The customer book with a million customers: the window opens at once, rows appear by the page,
 * jumping to the end and searching stay quick, and the FX thread never stalls. Run with
 * {@code -Dgroups=benchmark}.
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class MillionCustomersUiBenchmark {
    static {
        System.clearProperty("testfx.headless");
    }

    private static final Logger LOG = LoggerFactory.getLogger(MillionCustomersUiBenchmark.class);
    private static final int CUSTOMERS = 1_000_000;
    private final AtomicLong longestFrameGapNanos = new AtomicLong();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        SyntheticCustomerRepository repository = new SyntheticCustomerRepository(CUSTOMERS);
        CustomerSearchIndex index = new CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
        Settings settings = new Settings(new InMemorySettingsRepository());
        settings.put(Settings.SETUP_DONE, "yes");
        settings.put(Settings.LANGUAGE, "zh-CN");
        UiServices services = UiServices.builder(new CustomerService(repository, new PhoneNormalizer(), index,
                Clock.systemUTC(), () -> "王芳"), new CustomerBook(repository, index), settings, Clock.systemUTC())
                .version("bench").build();
        FxTaskRunner runner = new FxTaskRunner(3);
        window = new MainWindow(stage, services, runner, UserPreferences.read(settings, runner, Locale.CHINA), () -> { });
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    longestFrameGapNanos.accumulateAndGet(now - last, Math::max);
                }
                last = now;
            }
        }.start();
        window.open();
    }

    /** Whether the table shows {@code size} rows and the one at {@code index} has arrived (asked on the FX thread). */
    private static boolean loaded(TableView<BookRow> table, int index, int size) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().size() == size
                && ((org.callsheet.ui.customers.CustomerRowList) table.getItems()).isLoaded(index)).get();
    }

    @Test
    void staysResponsive(FxRobot robot) throws Exception {
        TableView<BookRow> table = robot.lookup("#customerTable").queryTableView();
        long t0 = System.nanoTime();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> loaded(table, 0, CUSTOMERS));
        long firstRows = System.nanoTime() - t0;

        t0 = System.nanoTime();
        robot.interact(() -> table.scrollTo(CUSTOMERS - 20));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loaded(table, CUSTOMERS - 1, CUSTOMERS));
        long jumpToEnd = System.nanoTime() - t0;

        t0 = System.nanoTime();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.status().isSearchReady());
        long indexReady = System.nanoTime() - t0;

        t0 = System.nanoTime();
        robot.interact(() -> table.scrollTo(CUSTOMERS / 2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loaded(table, CUSTOMERS / 2 + 5, CUSTOMERS));
        long jumpToMiddle = System.nanoTime() - t0;

        longestFrameGapNanos.set(0);
        t0 = System.nanoTime();
        robot.clickOn("#customerSearch").write("hzwl");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> loaded(table, 0, 33_333));
        long search = System.nanoTime() - t0;
        long gapWhileSearching = longestFrameGapNanos.get();

        LOG.info("1M customers: first rows {} ms, jump to end {} ms, index ready after {} ms more, jump to middle "
                        + "{} ms, search 'hzwl' {} ms ({} hits), longest frame gap while typing {} ms",
                firstRows / 1_000_000, jumpToEnd / 1_000_000, indexReady / 1_000_000, jumpToMiddle / 1_000_000,
                search / 1_000_000, table.getItems().size(), gapWhileSearching / 1_000_000);
        assertThat(table.getItems().getFirst().row().name()).startsWith("杭州物流");
        assertThat(jumpToEnd).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(gapWhileSearching).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
    }
}
