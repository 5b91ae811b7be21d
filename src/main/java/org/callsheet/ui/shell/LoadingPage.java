package org.callsheet.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.callsheet.ui.i18n.I18n;

/** A screen while the database opens: its name and a progress wheel, nothing to click. */
final class LoadingPage {
    private LoadingPage() {
    }

    static Node create(Screen screen, I18n i18n) {
        Label title = new Label(i18n.get(screen.navKey()));
        title.getStyleClass().add(Styles.TITLE_2);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(36, 36);
        Label text = new Label(i18n.get("startup.loading"));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(14, title, progress, text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setId("loading-" + screen.keyStem());
        return box;
    }
}
