package org.callsheet.logic.calls;

import org.callsheet.model.Attitude;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.model.KeyDateKind;

/** Keys of the calls bundle ({@code org/callsheet/i18n/calls*.properties}) for the enums of calls and reminders. */
public final class CallTexts {
    public static final String BUNDLE = "org.callsheet.i18n.calls";
    /** Arguments: caller, time of the call. */
    public static final String WARNING_CALLED_TODAY = "calls.warning.today";
    /** Arguments: caller, date and time of the call. */
    public static final String WARNING_CALLED_RECENTLY = "calls.warning.recently";
    /** Arguments: number of years. */
    public static final String KEY_DATE_YEARS = "calls.keyDate.years";
    /** Arguments: the age a birthday reaches. */
    public static final String KEY_DATE_AGE = "calls.keyDate.age";
    public static final String OVERDUE = "calls.followUp.overdue";

    private CallTexts() {
    }

    /** How the years of a key date read: the age for a birthday, the anniversary's count otherwise. */
    public static String keyDateYears(org.callsheet.model.KeyDateKind kind) {
        return kind == org.callsheet.model.KeyDateKind.BIRTHDAY ? KEY_DATE_AGE : KEY_DATE_YEARS;
    }

    public static String outcome(CallOutcome outcome) {
        return "calls.outcome." + outcome.name();
    }

    public static String attitude(Attitude attitude) {
        return "calls.attitude." + attitude.name();
    }

    public static String direction(CallDirection direction) {
        return "calls.direction." + direction.name();
    }

    public static String followUpKind(FollowUpKind kind) {
        return "calls.followUp.kind." + kind.name();
    }

    public static String followUpStatus(FollowUpStatus status) {
        return "calls.followUp.status." + status.name();
    }

    public static String keyDate(KeyDateKind kind) {
        return "calls.keyDate." + kind.name();
    }

    public static String warning(CallWarning warning) {
        return warning.today() ? WARNING_CALLED_TODAY : WARNING_CALLED_RECENTLY;
    }
}
