package org.callsheet.logic.csv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import org.callsheet.logic.calls.CustomOutcome;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Phone;

/**
 * Turns rows of a call file into incoming calls. Customer, start time and outcome are required;
 * a bad time, duration, choice or yes/no rejects the row, as does a call starting in the future
 * (beyond {@code futureTolerance}) or a visit proposed before the day of the call. The outcome is a
 * built-in code or name, or the label of one of the rep's own outcomes; with "other_connected" or
 * "other_not_connected" the outcome_label column names the rep's own outcome (a label this database
 * does not know yet is kept for the import to add). A row repeating
 * an earlier one's call is placed by the import on the call that row made, under its duplicate policy.
 */
public final class CallRowConverter {
    private static final int MAX_UID_LENGTH = 36;

    private final HeaderMapping mapping;
    private final PhoneNormalizer phones;
    private final Clock clock;
    private final Duration futureTolerance;
    private final Supplier<OutcomeSettings> outcomes;

    /** @param outcomes the rep's own outcomes, which an outcome cell may name by label */
    public CallRowConverter(HeaderMapping mapping, PhoneNormalizer phones, Clock clock, Duration futureTolerance,
                            Supplier<OutcomeSettings> outcomes) {
        if (!mapping.entity().id().equals(StandardEntities.CALLS_ID)) {
            throw new IllegalArgumentException("not a call mapping: " + mapping.entity().id());
        }
        this.mapping = mapping;
        this.phones = phones;
        this.clock = clock;
        this.futureTolerance = futureTolerance;
        this.outcomes = outcomes;
    }

    public RowResult<IncomingCall> convert(CsvRow row) {
        CellReader cells = new CellReader(mapping, row, phones);
        String customer = cells.required("customer_external_id");
        Phone phone = cells.phone("phone");
        if (cells.text("started_at").isEmpty()) {
            cells.required("started_at");
        }
        Instant started = cells.dateTime("started_at").map(this::instant).orElse(null);
        if (started != null && started.isAfter(clock.instant().plus(futureTolerance))) {
            cells.add(CsvProblem.error(ProblemCode.CALL_IN_FUTURE, row.row(), cells.column("started_at"),
                    cells.text("started_at")));
        }
        Integer duration = cells.seconds("duration_s").orElse(null);
        var direction = cells.code("direction", CodeNames.DIRECTIONS).orElse(null);
        if (cells.text("outcome").isEmpty()) {
            cells.required("outcome");
        }
        Optional<CustomOutcome> own = CodeNames.OUTCOMES.parse(cells.text("outcome")).isPresent()
                ? Optional.empty() : outcomes.get().customByLabel(cells.text("outcome"));
        CallOutcome outcome = own.map(CustomOutcome::storedAs)
                .orElseGet(() -> cells.code("outcome", CodeNames.OUTCOMES).orElse(null));
        String outcomeLabel = outcome == null || !outcome.custom() ? null
                : own.map(CustomOutcome::label).orElseGet(() -> blankToNull(cells.text("outcome_label")));
        var attitude = cells.code("attitude", CodeNames.ATTITUDES).orElse(null);
        Boolean visit = cells.yesNo("visit_opportunity").orElse(null);
        LocalDate visitDate = cells.date("visit_date", true).orElse(null);
        if (visitDate != null && visit == null) {
            visit = true;
        }
        if (visitDate != null && started != null && visitDate.isBefore(started.atZone(clock.getZone()).toLocalDate())) {
            cells.add(CsvProblem.error(ProblemCode.VISIT_BEFORE_CALL, row.row(), cells.column("visit_date"),
                    cells.text("visit_date")));
        }
        Instant followUp = cells.dateTime("follow_up_at").map(this::instant).orElse(null);
        Integer interest = cells.wholeNumber("interest_level", 1, 5).orElse(null);
        String externalId = cells.text("external_id");
        String uid = cells.text("uid");
        IncomingCall call = new IncomingCall(row.row(), uid.isEmpty() || uid.length() > MAX_UID_LENGTH ? null : uid,
                blankToNull(externalId), customer, cells.text("contact"), phone, started, duration, direction,
                outcome, outcomeLabel, cells.freeText("needs"), attitude, visit, visitDate, cells.freeText("notes"),
                cells.freeText("next_step"), followUp, interest, cells.text("caller"));
        return RowResult.of(row, call, cells.problems());
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
