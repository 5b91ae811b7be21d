package org.callsheet.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** An honest page for a screen not built yet: what it will do, and nothing to click. */
final class ComingSoonPage {
    private ComingSoonPage() {
    }

    static Node create(Screen screen, I18n i18n) {
        FontIcon icon = new FontIcon(screen.icon());
        icon.setIconSize(48);
        icon.getStyleClass().add("coming-icon");
        Label title = new Label(i18n.get(screen.navKey()));
        title.getStyleClass().add(Styles.TITLE_2);
        Label badge = new Label(i18n.get("coming.badge"));
        badge.getStyleClass().add("coming-badge");
        Label text = new Label(i18n.get("coming." + screen.keyStem()));
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(14, icon, title, badge, text);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setId("coming-" + screen.keyStem());
        return box;
    }
}
