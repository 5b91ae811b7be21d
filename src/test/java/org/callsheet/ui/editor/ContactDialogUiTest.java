package org.callsheet.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.callsheet.logic.customers.CustomerValidator;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Contact;
import org.callsheet.ui.common.Dialogs;
import org.callsheet.ui.common.ShippedFonts;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The contact dialog keeps its buttons in view when messages appear beside its fields. */
@ExtendWith(ApplicationExtension.class)
class ContactDialogUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private Stage owner;

    @Start
    void start(Stage stage) {
        ShippedFonts.loadForJavaFx();
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 320, 200));
        stage.show();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    @Test
    void messagesBesideTheFieldsLeaveTheButtonsInView(FxRobot robot) throws Exception {
        showAndCheck(robot, "abc", "#error-mobile");
    }

    @Test
    void aMobileKeptWithAWarningLeavesTheButtonsInView(FxRobot robot) throws Exception {
        showAndCheck(robot, "12345", "#warning-mobile");
    }

    private void showAndCheck(FxRobot robot, String mobileText, String message) throws Exception {
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        ContactForm form = new ContactForm(new Contact(null, UUID.randomUUID().toString(), null, "", null, false,
                null, null, null, null, now, now), new CustomerValidator(new PhoneNormalizer()));
        I18n i18n = new I18n(Language.SIMPLIFIED_CHINESE);
        Platform.runLater(() -> ContactDialog.show(form, true, i18n, new Dialogs(owner, i18n)));
        waitFor(() -> robot.lookup("#contactMobile").tryQuery().isPresent());
        Node mobile = robot.lookup("#contactMobile").query();
        DialogPane pane = (DialogPane) mobile.getScene().getRoot();
        Button ok = (Button) pane.lookupButton(pane.getButtonTypes().getFirst());
        waitFor(() -> inView(ok));

        WaitForAsyncUtils.asyncFx(() -> {
            form.nameProperty().set("");
            form.mobileProperty().set(mobileText);
            form.phoneProperty().set("xyz");
            form.emailProperty().set("not an e-mail");
        }).get();
        waitFor(() -> robot.lookup(message).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        waitFor(() -> inView(ok));
        assertThat(inView(ok)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> mobile.getScene().getWindow().hide()).get();
    }

    /** Whether the whole button lies inside its window's content. */
    private static boolean inView(Button button) {
        Window window = button.getScene().getWindow();
        Bounds b = button.localToScene(button.getBoundsInLocal());
        return b.getMinY() >= 0 && b.getMaxY() <= window.getScene().getHeight()
                && b.getMaxX() <= window.getScene().getWidth();
    }
}
