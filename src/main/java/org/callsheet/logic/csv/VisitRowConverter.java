package org.callsheet.logic.csv;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.VisitOutcome;

/**
 * Turns rows of a visit file into incoming visits. Customer and date are required; a bad date,
 * time or outcome rejects the row. A logged visit needs both done_at and outcome, and notes or a
 * next step only make sense on a logged visit: a row breaking either rule is rejected rather than
 * half stored.
 */
public final class VisitRowConverter {
    private static final int MAX_UID_LENGTH = 36;

    private final HeaderMapping mapping;
    private final PhoneNormalizer phones;
    private final Clock clock;

    public VisitRowConverter(HeaderMapping mapping, PhoneNormalizer phones, Clock clock) {
        if (!mapping.entity().id().equals(StandardEntities.VISITS_ID)) {
            throw new IllegalArgumentException("not a visit mapping: " + mapping.entity().id());
        }
        this.mapping = mapping;
        this.phones = phones;
        this.clock = clock;
    }

    public RowResult<IncomingVisit> convert(CsvRow row) {
        CellReader cells = new CellReader(mapping, row, phones);
        String customer = cells.required("customer_external_id");
        if (cells.text("date").isEmpty()) {
            cells.required("date");
        }
        LocalDate date = cells.date("date", true).orElse(null);
        LocalTime arrival = cells.time("planned_arrival").orElse(null);
        Instant doneAt = cells.dateTime("done_at").map(t -> t.atZone(clock.getZone()).toInstant()).orElse(null);
        VisitOutcome outcome = cells.code("outcome", CodeNames.VISIT_OUTCOMES).orElse(null);
        boolean hasDoneAt = !cells.text("done_at").isEmpty();
        boolean hasOutcome = !cells.text("outcome").isEmpty();
        if (hasDoneAt != hasOutcome) {
            cells.add(CsvProblem.error(ProblemCode.VISIT_REPORT_INCOMPLETE, row.row(),
                    cells.column(hasDoneAt ? "outcome" : "done_at")));
        }
        String notes = cells.freeText("notes");
        String nextStep = cells.freeText("next_step");
        if (!hasDoneAt && !hasOutcome && (!notes.isEmpty() || !nextStep.isEmpty())) {
            cells.add(CsvProblem.error(ProblemCode.VISIT_NOTES_WITHOUT_REPORT, row.row(),
                    cells.column(notes.isEmpty() ? "next_step" : "notes")));
        }
        String uid = cells.text("uid");
        IncomingVisit visit = new IncomingVisit(row.row(),
                uid.isEmpty() || uid.length() > MAX_UID_LENGTH ? null : uid, customer, date, arrival, doneAt, outcome,
                cells.freeText("purpose"), notes, nextStep);
        return RowResult.of(row, visit, cells.problems());
    }
}
