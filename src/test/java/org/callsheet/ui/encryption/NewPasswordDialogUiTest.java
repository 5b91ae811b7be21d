package org.callsheet.ui.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-password dialog, as the rep types into it: it says what is missing, and goes ahead only
 * with two equal passwords long enough and the tick that a lost password means lost data.
 */
@ExtendWith(ApplicationExtension.class)
class NewPasswordDialogUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 320, 200));
        stage.show();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void goesAheadOnlyWithTwoEqualLongPasswordsAndTheTick(FxRobot robot) throws Exception {
        // the rules of a password need no database: the section's model without one
        EncryptionViewModel model = new EncryptionViewModel(null, null, () -> { }, new SameThreadTaskRunner());
        AtomicReference<Optional<char[]>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(NewPasswordDialog.ask(owner, new I18n(Language.ENGLISH), model,
                "encryption.dialog.encrypt.header", "encryption.dialog.confirm.encrypt")));
        waitFor(() -> robot.lookup("#newPassword").tryQuery().isPresent());
        DialogPane pane = (DialogPane) robot.lookup("#newPassword").query().getScene().getRoot();
        Button go = (Button) pane.lookupButton(pane.getButtonTypes().getFirst());
        Label problem = robot.lookup("#newPasswordProblem").queryAs(Label.class);

        robot.clickOn("#newPassword").write("short");
        assertThat(problem.getText()).isEqualTo("At least 8 characters.");
        assertThat(go.isDisabled()).isTrue();

        robot.write(" but long now");
        robot.clickOn("#newPasswordRepeat").write("short but long no");
        assertThat(problem.getText()).isEqualTo("The two passwords differ.");
        robot.write("w");
        assertThat(problem.getText()).startsWith("Tick that you understand");
        assertThat(go.isDisabled()).isTrue();

        robot.clickOn("#lostPasswordUnderstood");
        assertThat(problem.getText()).isEmpty();
        assertThat(go.isDisabled()).isFalse();
        robot.clickOn(go);

        waitFor(() -> result.get() != null);
        assertThat(result.get()).hasValueSatisfying(password ->
                assertThat(new String(password)).isEqualTo("short but long now"));
    }
}
