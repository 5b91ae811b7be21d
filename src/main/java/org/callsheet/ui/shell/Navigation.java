package org.callsheet.ui.shell;

import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;

/**
 * Which screen the main window shows, and the shell that shows it in the current language. A
 * language change builds a new shell on the same screen.
 */
final class Navigation {
    private final Scene scene;
    private final Stage stage;
    private I18n i18n;
    private ShellView shell;
    private Screen current = Screen.CUSTOMERS;

    Navigation(Scene scene, Stage stage) {
        this.scene = scene;
        this.stage = stage;
    }

    /** Builds the shell in {@code language} and shows the screen that was shown before. */
    void rebuild(Language language, Function<I18n, ShellView> shellIn) {
        i18n = new I18n(language);
        shell = shellIn.apply(i18n);
        scene.setRoot(shell.root());
        stage.setTitle(i18n.get("app.title"));
        shell.show(current);
    }

    /** Builds the pages again (the loading pages give way once the services are there). */
    void reload() {
        shell.reload();
    }

    void show(Screen screen) {
        shell.show(screen);
    }

    /** Called by the shell once a screen is shown. */
    void shown(Screen screen) {
        current = screen;
    }

    Screen current() {
        return current;
    }

    I18n i18n() {
        return i18n;
    }

    /** Questions and messages owned by the main window, in the current language. */
    Dialogs dialogs() {
        return new Dialogs(stage, i18n);
    }
}
