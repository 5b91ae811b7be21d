package org.callsheet.ui.today;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Window;
import javafx.util.Duration;
import org.callsheet.logic.calls.CallTexts;
import org.callsheet.ui.i18n.I18n;
import org.controlsfx.control.Notifications;

/** Every half minute, shows a notification in the app's window for each follow-up that came due. */
public final class DueNotifier {
    private final Timeline timeline;

    public DueNotifier(TodayViewModel model, Window owner, java.util.function.Supplier<I18n> texts, ZoneId zone) {
        timeline = new Timeline(new KeyFrame(Duration.seconds(30), e -> model.checkDue(due -> show(due, owner,
                texts.get(), zone))));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }

    private static void show(List<AgendaLine.Due> due, Window owner, I18n i18n, ZoneId zone) {
        for (AgendaLine.Due d : due) {
            String time = i18n.dates().time(LocalDateTime.ofInstant(d.at(), zone).toLocalTime());
            Notifications.create().owner(owner).title(i18n.get("today.notification.title"))
                    .text(i18n.format("today.notification.text", time,
                            i18n.get(CallTexts.followUpKind(d.followUp().kind())), d.customerName(),
                            d.followUp().note()))
                    .hideAfter(Duration.seconds(15)).showInformation();
        }
    }
}
