package org.callsheet.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.common.WindowLook;

/**
 * The database turns out to be in use after the window has opened: the window must close, the
 * error message must show alone, and closing it must end the program. Exits 0 when all held.
 * Run in its own JVM by {@link FailedStartTest}, since the FX toolkit starts once per JVM.
 */
public final class FailedStartLaunch {
    private FailedStartLaunch() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        AtomicReference<String> seen = new AtomicReference<>("no message");
        Thread closer = new Thread(() -> closeTheMessageWhenItShows(seen));
        closer.setDaemon(true);
        closer.start();
        boolean thrown = false;
        try {
            CallsheetUi.start(WindowLook.of(Map.of(), Locale.US), () -> {
                try {
                    shown.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new StorageUnavailableException(StorageUnavailableException.Reason.IN_USE, "/data/crm.mv.db",
                        null);
            }, new CallsheetUi.Milestones(shown::countDown, () -> { }));
        } catch (StorageUnavailableException problem) {
            thrown = true;
            StartupProblem.show(problem);
        }
        boolean ok = thrown && shown.getCount() == 0 && seen.get().startsWith("alone:")
                && seen.get().contains("/data/crm.mv.db is open in another Callsheet window");
        System.err.println("thrown=" + thrown + " shown=" + (shown.getCount() == 0) + " seen=" + seen.get());
        System.exit(ok ? 0 : 1);
    }

    private static void closeTheMessageWhenItShows(AtomicReference<String> seen) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
                CountDownLatch checked = new CountDownLatch(1);
                Platform.runLater(() -> {
                    List<Window> showing = Window.getWindows().stream().filter(Window::isShowing).toList();
                    showing.stream().filter(w -> w.getScene().getRoot() instanceof DialogPane).findFirst()
                            .ifPresent(message -> {
                                DialogPane pane = (DialogPane) message.getScene().getRoot();
                                seen.set((showing.size() == 1 ? "alone: " : "with other windows: ")
                                        + pane.getContentText());
                                ((Button) pane.lookupButton(ButtonType.CLOSE)).fire();
                            });
                    checked.countDown();
                });
                checked.await();
                if (!seen.get().equals("no message")) {
                    return;
                }
            } catch (IllegalStateException toolkitNotRunningYet) {
                // keep polling
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
