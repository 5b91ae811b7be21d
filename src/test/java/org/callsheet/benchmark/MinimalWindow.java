package org.callsheet.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark: the smallest JavaFX program that shows a window. Writes
 * the file named by its argument once the window is shown, then quits.
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Path marker = Path.of(args[0]);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1200, 760));
            stage.setOnShown(e -> Platform.runLater(() -> {
                try {
                    Files.writeString(marker, "shown");
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
                Platform.exit();
            }));
            stage.show();
        });
    }
}
