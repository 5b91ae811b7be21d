package org.callsheet.ui.shell;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.StorageProblemText;
import org.callsheet.ui.i18n.I18n;

/** A damaged file or a full disk met by background work: one sentence, once while it is on screen, never a stack trace. */
final class StorageProblemAlert {
    private final Window owner;
    private final Supplier<I18n> texts;
    private Alert shown;

    StorageProblemAlert(Window owner, Supplier<I18n> texts) {
        this.owner = owner;
        this.texts = texts;
    }

    void show(StorageUnavailableException problem) {
        if (shown != null && shown.isShowing()) {
            return;
        }
        shown = new Alert(Alert.AlertType.ERROR, StorageProblemText.of(texts.get(), problem, false), ButtonType.CLOSE);
        shown.initOwner(owner);
        shown.setHeaderText(null);
        shown.show();
    }
}
