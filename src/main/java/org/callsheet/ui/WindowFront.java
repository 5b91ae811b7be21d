package org.callsheet.ui;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Brings the main window to the front when a second start of Callsheet asks for it (ADR 25). Until
 * the window exists a request is remembered and honoured when it appears.
 */
public final class WindowFront {
    private Stage stage;
    private boolean asked;

    /** The window is on screen (FX thread). */
    synchronized void attach(Stage window) {
        this.stage = window;
        if (asked) {
            asked = false;
            Platform.runLater(this::raiseNow);
        }
    }

    /** From any thread: shows the window (restored if minimised) in front of the others. */
    public synchronized void raise() {
        if (stage == null) {
            asked = true;
            return;
        }
        Platform.runLater(this::raiseNow);
    }

    private void raiseNow() {
        Stage window;
        synchronized (this) {
            window = stage;
        }
        if (window == null) {
            return;
        }
        window.setIconified(false);
        window.show();
        window.toFront();
        window.requestFocus();
    }
}
