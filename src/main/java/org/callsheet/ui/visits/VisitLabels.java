package org.callsheet.ui.visits;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.ui.i18n.I18n;

/** How the Visits screen names reasons, outcomes, times and durations in the user's language. */
final class VisitLabels {
    private VisitLabels() {
    }

    static String reason(I18n i18n, VisitReason reason) {
        return i18n.get("visits.reason." + reason.name());
    }

    static String outcome(I18n i18n, VisitOutcome outcome) {
        return i18n.get("visits.outcome." + outcome.name());
    }

    static String time(I18n i18n, LocalTime time) {
        return i18n.dates().time(time);
    }

    static String duration(I18n i18n, Duration d) {
        return i18n.format("visits.duration", d.toHours(), d.toMinutesPart());
    }

    /** A time typed as 9:30, 09:30 or 930; empty for blank or unreadable text. */
    static Optional<LocalTime> parseTime(String text) {
        String t = text == null ? "" : text.strip().replace('：', ':');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.matches("\\d{3,4}")) {
            t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        }
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A candidate in a list: name, reason, district and (when the candidate gave one) its detail. */
    static String candidate(I18n i18n, PlacedCandidate c) {
        var candidate = c.visit().candidate();
        String place = c.area().district().isEmpty() ? c.area().city() : c.area().district();
        String text = i18n.format("visits.candidate.line", candidate.name(), reason(i18n, candidate.reason()), place);
        return candidate.detail().isBlank() ? text : text + " — " + candidate.detail();
    }
}
