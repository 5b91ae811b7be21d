package org.callsheet.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long last piece of work while closing is announced in a small window; a short one is not. */
@ExtendWith(ApplicationExtension.class)
class ClosingNoticeUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    @Start
    void start(Stage stage) {
        // no window of its own: the main window is gone when the notice would show
    }

    private static boolean noticeShown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows()).stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#closingNotice") != null)).get();
    }

    @Test
    void longWorkShowsTheNoticeUntilItIsDone() throws Exception {
        CountDownLatch seen = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread closing = Thread.ofPlatform().start(() -> ClosingNotice.runWhileClosing(() -> {
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ClosingNoticeUiTest::noticeShown);
                seen.countDown();
                finish.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, new I18n(Language.ENGLISH), Duration.ofMillis(100)));

        assertThat(seen.await(15, TimeUnit.SECONDS)).as("the notice came while the work ran").isTrue();
        finish.countDown();
        closing.join(10_000);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !noticeShown());
        assertThat(noticeShown()).isFalse();
    }

    @Test
    void shortWorkClosesWithoutAWord() throws Exception {
        ClosingNotice.runWhileClosing(() -> { }, new I18n(Language.ENGLISH), Duration.ofMillis(500));
        Thread.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(noticeShown()).isFalse();
    }
}
