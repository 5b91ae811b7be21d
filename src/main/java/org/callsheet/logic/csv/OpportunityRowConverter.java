package org.callsheet.logic.csv;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageDates;

/**
 * Turns rows of an opportunity file into incoming opportunities. Customer, title, amount and stage
 * are required; stage, status and source are read as codes or as the names shown in any of the
 * three languages. The stage dates (lead_at … invoice_at) must not go backwards in time in stage
 * order; a lost opportunity needs its reason; a won one is at the last stage.
 */
public final class OpportunityRowConverter {
    private static final int MAX_UID_LENGTH = 36;

    private final HeaderMapping mapping;
    private final PhoneNormalizer phones;
    private final Clock clock;

    public OpportunityRowConverter(HeaderMapping mapping, PhoneNormalizer phones, Clock clock) {
        if (!mapping.entity().id().equals(StandardEntities.OPPORTUNITIES_ID)) {
            throw new IllegalArgumentException("not an opportunity mapping: " + mapping.entity().id());
        }
        this.mapping = mapping;
        this.phones = phones;
        this.clock = clock;
    }

    /** The column of each stage's first-entry date, in stage order. */
    public static String dateField(Stage stage) {
        return stage.code() + "_at";
    }

    public RowResult<IncomingOpportunity> convert(CsvRow row) {
        CellReader cells = new CellReader(mapping, row, phones);
        String customer = cells.required("customer_external_id");
        String title = cells.required("title");
        if (cells.text("amount").isEmpty()) {
            cells.required("amount");
        }
        BigDecimal amount = cells.amount("amount", true).orElse(null);
        if (cells.text("stage").isEmpty()) {
            cells.required("stage");
        }
        Stage stage = cells.code("stage", CodeNames.STAGES).orElse(null);
        OpportunitySource source = cells.code("source", CodeNames.OPPORTUNITY_SOURCES).orElse(null);
        OpportunityStatus status = cells.code("status", CodeNames.OPPORTUNITY_STATUSES).orElse(OpportunityStatus.OPEN);
        Integer probability = cells.wholeNumber("probability", 0, 100).orElse(null);
        StageDates dates = stageDates(cells, row);
        String lostReason = cells.text("lost_reason");
        if (status == OpportunityStatus.LOST && lostReason.isEmpty()) {
            cells.add(CsvProblem.error(ProblemCode.LOST_REASON_MISSING, row.row(), cells.column("lost_reason")));
        }
        if (status == OpportunityStatus.WON && stage != null && !stage.isLast()) {
            cells.add(CsvProblem.error(ProblemCode.WON_BEFORE_LAST_STAGE, row.row(), cells.column("stage"),
                    cells.text("stage")));
        }
        if (stage != null && dates.at(stage) == null && laterDateThan(dates, stage)) {
            cells.add(CsvProblem.error(ProblemCode.STAGE_DATE_MISSING, row.row(), cells.column(dateField(stage)),
                    mapping.columnName(dateField(stage))));
        }
        Instant created = cells.dateTime("created_at").map(this::instant).orElse(null);
        Instant closed = cells.dateTime("closed_at").map(this::instant).orElse(null);
        String uid = cells.text("uid");
        String externalId = cells.text("external_id");
        OpportunityTerms terms = new OpportunityTerms(title, amount == null ? BigDecimal.ZERO : amount,
                cells.text("owner"), source == null ? OpportunitySource.IMPORT : source, cells.date("expected_close", true).orElse(null),
                cells.text("next_step"), cells.text("notes"));
        IncomingOpportunity.Where where = new IncomingOpportunity.Where(source, stage, probability, status,
                lostReason.isEmpty() ? null : lostReason, created, closed, dates);
        IncomingOpportunity in = new IncomingOpportunity(row.row(),
                uid.isEmpty() || uid.length() > MAX_UID_LENGTH ? null : uid,
                externalId.isEmpty() ? null : externalId, customer, terms, where);
        return RowResult.of(row, in, cells.problems());
    }

    /** The stage dates; one earlier than the date of a stage before it is an error at its column. */
    private StageDates stageDates(CellReader cells, CsvRow row) {
        StageDates dates = StageDates.none();
        Stage previous = null;
        for (Stage stage : Stage.values()) {
            Optional<Instant> at = cells.dateTime(dateField(stage)).map(this::instant);
            if (at.isEmpty()) {
                continue;
            }
            if (previous != null && at.get().isBefore(dates.at(previous))) {
                cells.add(CsvProblem.error(ProblemCode.STAGE_DATES_BACKWARDS, row.row(),
                        cells.column(dateField(stage)), cells.text(dateField(stage)),
                        mapping.columnName(dateField(previous)), cells.text(dateField(previous))));
            }
            dates = dates.with(stage, at.get());
            previous = stage;
        }
        return dates;
    }

    private static boolean laterDateThan(StageDates dates, Stage stage) {
        return stage.next().map(next -> {
            for (Stage s : Stage.values()) {
                if (s.ordinal() >= next.ordinal() && dates.at(s) != null) {
                    return true;
                }
            }
            return false;
        }).orElse(false);
    }

    private Instant instant(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }
}
