package org.callsheet.ui;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.callsheet.ui.common.UserPreferences;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.common.WindowLook;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.shell.ClosingNotice;
import org.callsheet.ui.shell.DesktopName;
import org.callsheet.ui.shell.MainWindow;
import org.callsheet.ui.shell.WindowIcons;
import org.slf4j.LoggerFactory;

/**
 * Starts the desktop user interface. The composition root calls {@link #start} on the main
 * thread; it returns when the user has quit and {@link UiServices#shutdown()} has run.
 */
public final class CallsheetUi {
    private record Prepared(UiServices services, UserPreferences preferences) {
    }

    /** Runs on the FX thread when the window is on screen, then when its screens are filled. */
    public record Milestones(Runnable shown, Runnable ready) {
        public static final Milestones NONE = new Milestones(() -> { }, () -> { });
    }

    // No Logger field: creating one initialises logging, which would delay the window (ADR 12).

    private CallsheetUi() {
    }

    /** Starts the UI with services that are ready; the window takes its look from their settings. */
    public static void start(UiServices services) {
        start(null, () -> services, Milestones.NONE);
    }

    /**
     * Starts the UI. The window opens at once with {@code look} (the start-up copy of the window
     * settings) while {@code preparing} runs on another thread (the app opens its database
     * meanwhile); its screens fill in when the services are ready. A failure to prepare the
     * services closes the window and is thrown from here. Without a {@code look} the window waits
     * for the settings in the database.
     */
    public static void start(WindowLook knownLook, Supplier<UiServices> preparing, Milestones milestones) {
        start(knownLook, preparing, milestones, new WindowFront());
    }

    /** As above; {@code front} brings the window forward when a second start asks for it. */
    public static void start(WindowLook knownLook, Supplier<UiServices> preparing, Milestones milestones,
                             WindowFront front) {
        TaskRunner runner = new FxTaskRunner(3);
        // With a known look the services are prepared once the window is up: on a machine with few
        // cores, opening the database (class loading, schema check) competed with the first frame
        // for the CPU and delayed it, while the screens were not filled any sooner (ADR 12).
        CountDownLatch windowUp = new CountDownLatch(knownLook != null ? 1 : 0);
        CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(() -> {
            awaitWindow(windowUp);
            UiServices ready = preparing.get();
            return new Prepared(ready, UserPreferences.read(ready.settings(), runner, Locale.getDefault()));
        }, work -> Thread.ofPlatform().daemon().name("prepare-ui").start(work));
        MainWindow[] window = new MainWindow[1];
        WindowLook look = knownLook != null ? knownLook
                : WindowLook.of(awaitPrepared(prepared, runner::shutdown).preferences());
        // JavaFX labels its own menus and pickers (copy, paste, month names) in the default locale.
        Locale.setDefault(look.language().locale());
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        CountDownLatch quit = new CountDownLatch(1);
        CountDownLatch fontLoaded = new CountDownLatch(1);
        WindowLook opening = look;
        Platform.runLater(() -> {
            try {
                DesktopName.apply();
                WindowIcons.install();
                window[0] = new MainWindow(new Stage(), runner, opening, quit::countDown);
                // the stylesheet names the shipped font: it must be known before the first CSS pass
                fontLoaded.await();
                window[0].open();
                front.attach(window[0].stage());
                Platform.runLater(milestones.shown());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                quit.countDown();
            } catch (RuntimeException e) {
                // without a window nobody could quit: end at once instead of waiting forever
                LoggerFactory.getLogger(CallsheetUi.class).error("The main window could not be opened", e);
                quit.countDown();
            } finally {
                windowUp.countDown();
            }
        });
        // meanwhile this thread loads the shipped CJK font, which takes a while (ADR 12)
        try {
            ShippedFonts.loadForJavaFx();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(CallsheetUi.class).warn("Shipped font not loaded", e);
        } finally {
            fontLoaded.countDown();
        }
        Prepared ready = awaitPrepared(prepared, () -> {
            // the error dialog comes next; the window must not stay open behind it
            Platform.runLater(() -> {
                if (window[0] != null) {
                    window[0].stage().hide();
                }
            });
            runner.shutdown();
        });
        Platform.runLater(() -> {
            if (window[0] == null || quit.getCount() == 0) {
                return;
            }
            if (ready.preferences().language() != opening.language()) {
                Locale.setDefault(ready.preferences().language().locale());
            }
            ready.preferences().languageProperty().addListener((obs, old, now) -> Locale.setDefault(now.locale()));
            window[0].servicesReady(ready.services(), ready.preferences());
            Platform.runLater(milestones.ready());
            // charts draw with AWT: give it the shipped font now that the window is up
            Thread.ofPlatform().daemon().name("awt-fonts").start(ShippedFonts::ensureRegisteredWithAwt);
        });
        try {
            quit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        UserPreferences preferences = ready.preferences();
        try {
            if (window[0] != null) {
                preferences.setWindow(window[0].placement());
            }
            preferences.writeWindowNow();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(CallsheetUi.class).warn("Window placement not saved", e);
        }
        runner.shutdown();
        try {
            ClosingNotice.runWhileClosing(ready.services().shutdown(), new I18n(preferences.language()),
                    ClosingNotice.QUIET);
        } finally {
            Platform.exit();
        }
    }

    private static void awaitWindow(CountDownLatch windowUp) {
        try {
            windowUp.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The prepared services; if preparing failed, {@code cleanUp} runs and the failure is thrown. */
    private static Prepared awaitPrepared(CompletableFuture<Prepared> prepared, Runnable cleanUp) {
        try {
            return prepared.join();
        } catch (CompletionException e) {
            cleanUp.run();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
