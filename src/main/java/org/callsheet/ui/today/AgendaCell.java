package org.callsheet.ui.today;

import atlantafx.base.theme.Styles;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.logic.reminders.CustomerBrief;
import org.callsheet.logic.reminders.ReminderTexts;
import org.callsheet.ui.i18n.I18n;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One agenda line: a follow-up (with its overdue mark), a key date or a holiday with its customers. */
final class AgendaCell extends ListCell<AgendaLine> {
    private final I18n i18n;
    private final ZoneId zone;

    AgendaCell(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    @Override
    protected void updateItem(AgendaLine item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        setGraphic(switch (item) {
            case AgendaLine.Due d -> due(d);
            case AgendaLine.Key k -> line(Feather.GIFT, i18n.dates().date(k.keyDate().date()),
                    i18n.get(CallTexts.keyDate(k.keyDate().kind()))
                            + (k.keyDate().years() > 0 ? " · " + i18n.format(
                            CallTexts.keyDateYears(k.keyDate().kind()), k.keyDate().years()) : ""),
                    k.who());
            case AgendaLine.Holiday h -> line(Feather.FLAG, i18n.dates().date(h.holiday().date()),
                    i18n.get(ReminderTexts.holiday(h.holiday().holiday())),
                    h.customers().isEmpty() ? i18n.get("today.holiday.nobody")
                            : String.join(i18n.get("common.listSeparator"), h.customers().stream().map(CustomerBrief::name).toList()));
        });
    }

    private HBox due(AgendaLine.Due d) {
        LocalDateTime at = LocalDateTime.ofInstant(d.at(), zone);
        HBox box = line(d.followUp().kind() == org.callsheet.model.FollowUpKind.VISIT ? Feather.MAP_PIN
                : Feather.PHONE_FORWARDED, d.overdue() ? i18n.dates().dateTime(at) : i18n.dates().time(at.toLocalTime()),
                i18n.get(CallTexts.followUpKind(d.followUp().kind())),
                d.customerName() + (d.followUp().note().isBlank() ? "" : " · " + d.followUp().note()));
        if (d.overdue()) {
            Label badge = new Label(i18n.get(CallTexts.OVERDUE));
            badge.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
            box.getChildren().add(1, badge);
        }
        return box;
    }

    private static HBox line(Feather icon, String when, String what, String who) {
        Label time = new Label(when);
        time.setMinWidth(80);
        time.getStyleClass().add(Styles.TEXT_MUTED);
        Label kind = new Label(what, new FontIcon(icon));
        Label names = new Label(who);
        names.getStyleClass().add(Styles.TEXT_BOLD);
        HBox box = new HBox(10, time, kind, names);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
