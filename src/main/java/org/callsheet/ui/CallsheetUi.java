package org.callsheet.ui;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.shell.ShippedFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop user interface. The composition root calls {@link #start} on the main
 * thread; it returns when the user has quit and {@link UiServices#shutdown()} has run.
 */
public final class CallsheetUi {
    private record Prepared(UiServices services, UserPreferences preferences) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CallsheetUi.class);

    private CallsheetUi() {
    }

    public static void start(UiServices services) {
        start(() -> services, () -> { });
    }

    /**
     * Starts the UI. The JavaFX runtime starts while {@code services} is still being prepared
     * (the app opens its database meanwhile); {@code afterShown} runs on the FX thread once the
     * main window is on screen. A failure to prepare the services is thrown from here.
     */
    public static void start(Supplier<UiServices> preparing, Runnable afterShown) {
        TaskRunner runner = new FxTaskRunner(3);
        // Services and settings are prepared on another thread while this one starts JavaFX.
        CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(() -> {
            // AWT first, so charts can draw Chinese wherever they are created later.
            ShippedFonts.registerWithAwt();
            UiServices ready = preparing.get();
            return new Prepared(ready, UserPreferences.read(ready.settings(), runner, Locale.getDefault()));
        }, work -> Thread.ofPlatform().daemon().name("prepare-ui").start(work));
        Platform.setImplicitExit(false);
        Platform.startup(ShippedFonts::loadForJavaFx);
        UiServices services;
        UserPreferences preferences;
        try {
            services = prepared.join().services();
            preferences = prepared.join().preferences();
        } catch (CompletionException e) {
            runner.shutdown();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        // JavaFX labels its own menus and pickers (copy, paste, month names) in the default locale;
        // registered before the window exists, so it changes before the window rebuilds its texts.
        Locale.setDefault(preferences.language().locale());
        preferences.languageProperty().addListener((obs, old, now) -> Locale.setDefault(now.locale()));
        CountDownLatch quit = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            try {
                window[0] = new MainWindow(new Stage(), services, runner, preferences, quit::countDown);
                window[0].open();
                Platform.runLater(afterShown);
            } catch (RuntimeException e) {
                // without a window nobody could quit: end at once instead of waiting forever
                LOG.error("The main window could not be opened", e);
                quit.countDown();
            }
        });
        try {
            quit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            preferences.writeWindowNow();
        } catch (RuntimeException e) {
            LOG.warn("Window placement not saved", e);
        }
        runner.shutdown();
        try {
            services.shutdown().run();
        } finally {
            Platform.exit();
        }
    }
}
