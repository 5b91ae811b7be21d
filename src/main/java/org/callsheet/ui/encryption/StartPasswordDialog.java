package org.callsheet.ui.encryption;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.callsheet.ui.common.Stylesheets;
import org.callsheet.ui.concurrent.FxTaskRunner;
import org.callsheet.ui.i18n.I18n;

/**
 * Asks for the password of an encrypted database while the window starts (three tries), from the
 * thread that opens the database; returns what the opener gave.
 */
public final class StartPasswordDialog {
    private StartPasswordDialog() {
    }

    /**
     * Blocks the calling thread (never the UI thread) until the database opened, the rep quit
     * ({@link StartCancelledException}) or three passwords were wrong (the refusal is thrown).
     */
    public static <T> T ask(Path file, I18n i18n, StartPasswordViewModel.Opener<T> opener) {
        FxTaskRunner runner = new FxTaskRunner(1);
        CompletableFuture<StartPasswordViewModel.Outcome<T>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            StartPasswordViewModel<T> model = new StartPasswordViewModel<>(opener, runner);
            model.outcomeProperty().addListener((obs, old, now) -> done.complete(now));
            show(model, file, i18n);
        });
        try {
            StartPasswordViewModel.Outcome<T> outcome = done.get();
            return switch (outcome) {
                case StartPasswordViewModel.Outcome.Opened<T> opened -> opened.value();
                case StartPasswordViewModel.Outcome.GaveUp<T> gaveUp -> throw gaveUp.refusal();
                case StartPasswordViewModel.Outcome.Cancelled<T> cancelled -> throw new StartCancelledException();
                case StartPasswordViewModel.Outcome.Failed<T> failed -> throw failed.error() instanceof RuntimeException e
                        ? e : new IllegalStateException(failed.error());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartCancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            runner.shutdown();
        }
    }

    private static <T> void show(StartPasswordViewModel<T> model, Path file, I18n i18n) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("encryption.start.title"));
        dialog.setHeaderText(i18n.get("encryption.start.header"));
        Window.getWindows().stream().filter(Window::isShowing).findFirst().ifPresent(dialog::initOwner);
        ButtonType open = new ButtonType(i18n.get("encryption.start.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(i18n.get("encryption.start.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(open, quit);

        Label prompt = new Label(i18n.format("encryption.start.prompt", file.toString()));
        prompt.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("startPassword");
        password.setPrefColumnCount(24);
        HBox row = new HBox(8, new Label(i18n.get("encryption.start.password")), password);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("startPasswordMessage");
        message.setWrapText(true);
        model.messageProperty().addListener((obs, old, now) -> {
            // a refusal stands out; "Opening…" does not
            message.getStyleClass().remove(Styles.DANGER);
            if (now != null && !now.key().equals("encryption.start.opening")) {
                message.getStyleClass().add(Styles.DANGER);
            }
        });
        message.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var m = model.messageProperty().get();
            return m == null ? "" : i18n.format(m.key(), m.args().toArray());
        }, model.messageProperty()));
        VBox content = new VBox(10, prompt, row, message);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.disableProperty().bind(model.busyProperty());
        openButton.addEventFilter(ActionEvent.ACTION, e -> {
            // the dialog stays open until the password opened the database or the tries are used up
            e.consume();
            model.submit(password.getText().toCharArray());
            password.clear();
        });
        password.disableProperty().bind(model.busyProperty());
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                password.requestFocus();
            }
        });
        dialog.setResultConverter(button -> {
            if (button == quit) {
                model.cancel();
            }
            return null;
        });
        model.outcomeProperty().addListener((obs, old, now) -> {
            if (!(now instanceof StartPasswordViewModel.Outcome.Cancelled<T>)) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        dialog.setOnHidden(e -> model.cancel());
        Stylesheets.apply(dialog.getDialogPane().getScene());
        dialog.show();
        password.requestFocus();
    }

    /** Ends JavaFX after the rep quit at the password: nothing else is left to show. */
    public static void quit() {
        Platform.exit();
    }
}
