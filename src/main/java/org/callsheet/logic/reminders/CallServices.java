package org.callsheet.logic.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.callsheet.logic.calls.CallLogService;
import org.callsheet.logic.calls.CallRepository;
import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.calls.CallStatistics;
import org.callsheet.logic.calls.LoggedCall;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Call;

/**
 * What the Today and Calls screens and the call dialog need: the call log, follow-ups, the agenda,
 * and the outcomes as Settings configures them (read afresh on each call of {@code outcomes}).
 */
public record CallServices(CallLogService log, CallStatistics statistics, FollowUpService followUps,
                           AgendaService agenda, CallList callList, Supplier<OutcomeSettings> outcomes) {

    public CallServices {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(followUps, "followUps");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(callList, "callList");
        Objects.requireNonNull(outcomes, "outcomes");
    }

    /**
     * Logs a call the rep entered and leaves its call follow-up at {@code followUpAt} (none when
     * null); a call already stored (submitted twice) changes nothing.
     */
    public LoggedCall logWithFollowUp(Call call, Instant followUpAt) {
        LoggedCall logged = log.log(call);
        if (!logged.duplicate()) {
            followUps.settleAfterCall(logged.call(), followUpAt);
        }
        return logged;
    }

    /**
     * Wires the services over their repositories; the follow-ups listen to the call log; rules are
     * read from settings again after a setting changed (a change in Settings applies at once);
     * churn warnings come from the stored classification.
     */
    public static CallServices create(CallRepository calls, FollowUpRepository followUps, ChecklistRepository checklist,
                                      CustomerFacts facts, ChurnWarnings churnWarnings, PhoneNormalizer phones,
                                      Settings settings, Clock clock) {
        Supplier<ReminderRules> reminderRules = settings.derived(ReminderRules::from);
        FollowUpService followUpService = new FollowUpService(followUps, reminderRules, clock);
        CallLogService log = new CallLogService(calls, phones, settings.derived(CallRules::from), clock,
                List.of(followUpService));
        return new CallServices(log, new CallStatistics(calls, clock), followUpService,
                new AgendaService(followUpService, facts, calls, checklist, reminderRules, clock),
                new CallList(followUpService, calls, facts, reminderRules, churnWarnings, clock),
                settings.derived(OutcomeSettings::from));
    }
}
