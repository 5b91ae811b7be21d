package org.callsheet.ui;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.common.ShippedFonts;

/**
 * Tells the user, in the system's language, why Callsheet could not start (no database, so no
 * saved language yet), and returns once the message was closed.
 */
public final class StartupProblem {
    private StartupProblem() {
    }

    public static void show(StorageUnavailableException problem) {
        I18n i18n = new I18n(Language.forLocale(Locale.getDefault()));
        String key = switch (problem.reason()) {
            case IN_USE -> "startup.database.inUse";
            case NOT_WRITABLE -> "startup.database.notWritable";
            case UNREADABLE -> "startup.database.unreadable";
        };
        CountDownLatch closed = new CountDownLatch(1);
        Runnable showAlert = () -> {
            ShippedFonts.loadForJavaFx();
            Alert alert = new Alert(Alert.AlertType.ERROR, i18n.format(key, problem.location()), ButtonType.CLOSE);
            alert.setTitle(i18n.get("startup.title"));
            alert.setHeaderText(i18n.get("startup.header"));
            alert.setOnHidden(e -> closed.countDown());
            alert.show();
        };
        try {
            Platform.startup(showAlert);
        } catch (IllegalStateException alreadyRunning) {
            // the window was starting when the database failed to open
            Platform.runLater(showAlert);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.exit();
        }
    }
}
