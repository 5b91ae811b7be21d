package org.callsheet.logic.calls;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.callsheet.model.Call;

/** Checks a call before it is logged. */
public final class CallValidator {
    static final int MAX_NEEDS = 4000;
    static final int MAX_NOTES = 10000;
    static final int MAX_NEXT_STEP = 1000;

    private final CallRepository calls;
    private final Supplier<CallRules> rules;

    public CallValidator(CallRepository calls, CallRules rules) {
        this(calls, () -> rules);
    }

    public CallValidator(CallRepository calls, Supplier<CallRules> rules) {
        this.calls = calls;
        this.rules = rules;
    }

    public List<CallProblem> validate(Call call, Instant now, ZoneId zone) {
        List<CallProblem> problems = new ArrayList<>();
        if (call.customerId() <= 0 || !calls.customerExists(call.customerId())) {
            problems.add(new CallProblem("customer", "calls.validation.customer.required"));
        }
        if (call.startedAt() == null) {
            problems.add(new CallProblem("startedAt", "calls.validation.start.required"));
        } else {
            if (call.startedAt().isAfter(now.plus(rules.get().futureTolerance()))) {
                problems.add(new CallProblem("startedAt", "calls.validation.start.future"));
            }
            if (call.visitOpportunity() && call.proposedVisitDate() != null
                    && call.proposedVisitDate().isBefore(call.startedAt().atZone(zone).toLocalDate())) {
                problems.add(new CallProblem("proposedVisitDate", "calls.validation.visit.beforeCall"));
            }
        }
        if (call.durationSeconds() < 0) {
            problems.add(new CallProblem("durationSeconds", "calls.validation.duration.negative"));
        }
        if (call.interestLevel() != null && (call.interestLevel() < 1 || call.interestLevel() > 5)) {
            problems.add(new CallProblem("interestLevel", "calls.validation.interest.range"));
        }
        if (call.needs().length() > MAX_NEEDS) {
            problems.add(new CallProblem("needs", "calls.validation.tooLong"));
        }
        if (call.notes().length() > MAX_NOTES) {
            problems.add(new CallProblem("notes", "calls.validation.tooLong"));
        }
        if (call.nextStep().length() > MAX_NEXT_STEP) {
            problems.add(new CallProblem("nextStep", "calls.validation.tooLong"));
        }
        return problems;
    }
}
