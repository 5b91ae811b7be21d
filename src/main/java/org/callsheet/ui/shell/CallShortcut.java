package org.callsheet.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Ctrl+L, "log a call", in every window of the app: each window says for which customer. */
final class CallShortcut {
    static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private CallShortcut() {
    }

    static void install(Scene scene, Runnable logCall) {
        scene.getAccelerators().put(KEYS, logCall);
    }
}
