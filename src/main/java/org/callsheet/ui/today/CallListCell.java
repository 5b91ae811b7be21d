package org.callsheet.ui.today;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.callsheet.logic.reminders.CallListEntry;
import org.callsheet.logic.reminders.CallListReason;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/** One customer on today's call list: name, status, why, when last reached, stated needs. */
final class CallListCell extends ListCell<CallListEntry> {
    private final I18n i18n;

    CallListCell(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void updateItem(CallListEntry item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Label name = new Label(item.customer().name());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label status = new Label(i18n.get(StatusLabels.key(item.customer().status())));
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox top = new HBox(8, name, status);
        top.setAlignment(Pos.BASELINE_LEFT);
        StringBuilder why = new StringBuilder(i18n.get(item.reason().messageKey()));
        for (CallListReason also : item.alsoBecause()) {
            why.append(" · ").append(i18n.get(also.messageKey()));
        }
        why.append(" · ").append(item.daysSinceContact().isPresent()
                ? i18n.format("today.lastReached", item.daysSinceContact().getAsLong())
                : i18n.get("today.neverReached"));
        Label reason = new Label(why.toString());
        reason.getStyleClass().add(item.reason() == CallListReason.OVERDUE_FOLLOW_UP ? Styles.DANGER : Styles.ACCENT);
        VBox box = new VBox(2, top, reason);
        if (!item.needs().isBlank()) {
            Label needs = new Label(i18n.format("today.needs", item.needs()));
            needs.getStyleClass().add(Styles.TEXT_SMALL);
            box.getChildren().add(needs);
        }
        setGraphic(box);
    }
}
