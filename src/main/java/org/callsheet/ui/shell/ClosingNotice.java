package org.callsheet.ui.shell;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.i18n.I18n;

/**
 * What the rep sees while Callsheet closes: the last work (today's backup of a changed book) can
 * take a while after the window is gone (ADR 40), so when it runs longer than a moment a small
 * window says so, and goes when the work is done. Runs the work on the calling thread, which must
 * not be the FX thread.
 */
public final class ClosingNotice {
    /** Work shorter than this closes without a word. */
    public static final Duration QUIET = Duration.ofSeconds(1);

    private ClosingNotice() {
    }

    public static void runWhileClosing(Runnable work, I18n i18n, Duration quiet) {
        AtomicReference<Stage> shown = new AtomicReference<>();
        AtomicReference<PauseTransition> pending = new AtomicReference<>();
        Platform.runLater(() -> {
            PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
            wait.setOnFinished(e -> shown.set(show(i18n)));
            pending.set(wait);
            wait.play();
        });
        try {
            work.run();
        } finally {
            Platform.runLater(() -> {
                if (pending.get() != null) {
                    pending.get().stop();
                }
                if (shown.get() != null) {
                    shown.get().close();
                }
            });
        }
    }

    private static Stage show(I18n i18n) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMinSize(28, 28);
        spinner.setPrefSize(28, 28);
        Label text = new Label(i18n.get("closing.backup"));
        text.setWrapText(true);
        HBox box = new HBox(14, spinner, text);
        box.setId("closingNotice");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(18, 22, 18, 22));
        box.setPrefWidth(380);
        Scene scene = new Scene(box);
        Stylesheets.apply(scene);
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle(i18n.get("app.title"));
        stage.setScene(scene);
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> e.consume()); // the backup finishes; closing the notice would not stop it
        stage.show();
        return stage;
    }
}
