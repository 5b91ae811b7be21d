package org.callsheet.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.callsheet.logic.settings.Settings;
import org.callsheet.ui.testing.TestBackend;

/**
 * Starts the UI exactly as the composition root does, closes the window once it is showing, and
 * exits 0 only when start returned, the shutdown hook ran and the window placement was saved.
 * Run in its own JVM by {@link CallsheetUiStartTest}, since the FX toolkit starts once per JVM.
 */
public final class CallsheetUiLaunch {
    private static final AtomicBoolean CLOSED = new AtomicBoolean();

    private CallsheetUiLaunch() {
    }

    private static void closeShownWindow() {
        for (Window window : java.util.List.copyOf(Window.getWindows())) {
            if (!CLOSED.get() && window instanceof Stage stage && stage.isShowing()) {
                CLOSED.set(true);
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        }
    }

    public static void main(String[] args) {
        TestBackend backend = new TestBackend().withSampleCustomers();
        backend.settings.put(Settings.SETUP_DONE, "yes");
        backend.settings.put(Settings.WINDOW, "-9000,-9000,1100,700,false");
        // however slow the machine: look for the shown window every 100 ms, then close it once
        Thread closer = new Thread(() -> {
            while (!CLOSED.get()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Platform.runLater(CallsheetUiLaunch::closeShownWindow);
                } catch (IllegalStateException toolkitNotStartedYet) {
                    // try again in a moment
                }
            }
        });
        closer.setDaemon(true);
        closer.start();
        CallsheetUi.start(backend.services());
        String window = backend.settings.get(Settings.WINDOW, "");
        // the stored window was off every screen: it must have been moved onto one
        boolean ok = CLOSED.get() && backend.shutDown.get() && window.split(",").length == 5
                && !window.startsWith("-9000");
        System.err.println("closed=" + CLOSED.get() + " shutdown=" + backend.shutDown.get() + " window=" + window);
        System.exit(ok ? 0 : 1);
    }
}
