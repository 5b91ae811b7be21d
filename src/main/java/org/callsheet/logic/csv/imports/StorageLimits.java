package org.callsheet.logic.csv.imports;

import java.math.BigDecimal;
import java.util.Optional;
import org.callsheet.logic.calls.CustomOutcome;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.IncomingCall;
import org.callsheet.logic.csv.IncomingContact;
import org.callsheet.logic.csv.IncomingCustomer;
import org.callsheet.logic.csv.IncomingOpportunity;
import org.callsheet.logic.csv.IncomingOrder;
import org.callsheet.logic.csv.IncomingVisit;
import org.callsheet.logic.csv.ProblemCode;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;

/**
 * The column sizes of the database (V1), checked per row: a value that does not fit rejects its
 * row instead of failing the whole import at the database.
 */
final class StorageLimits {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");

    private final HeaderMapping mapping;

    StorageLimits(HeaderMapping mapping) {
        this.mapping = mapping;
    }

    Optional<CsvProblem> check(long row, IncomingCustomer in) {
        Customer c = in.customer();
        Optional<CsvProblem> problem = first(row,
                "external_id", c.externalId(), 64, "name", c.name(), 200, "industry", c.industry(), 100,
                "size", c.sizeClass(), 50, "address", c.address().street(), 500,
                "province", c.address().province(), 50, "city", c.address().city(), 50,
                "district", c.address().district(), 50, "source", c.source(), 100, "owner", c.ownerRep(), 100,
                "notes", c.notes(), 10_000);
        if (problem.isPresent()) {
            return problem;
        }
        for (String tag : c.tags()) {
            if (tag.length() > 50) {
                return Optional.of(tooLong(row, "tags", 50));
            }
        }
        if (in.contact().isPresent()) {
            Contact k = in.contact().get();
            return first(row, "contact_name", k.name(), 100, "contact_title", k.title(), 100,
                    "mobile", k.mobile().input(), 50, "mobile", k.mobile().normalized(), 40,
                    "phone", k.phone().input(), 50, "phone", k.phone().normalized(), 40, "email", k.email(), 200);
        }
        return Optional.empty();
    }

    Optional<CsvProblem> check(long row, IncomingOrder in) {
        Optional<CsvProblem> problem = first(row, "external_id", in.externalId(), 64);
        if (problem.isPresent()) {
            return problem;
        }
        for (var field : new Object[][] {{"amount", in.amount()}, {"cost", in.cost()}, {"paid_amount", in.paidAmount()}}) {
            BigDecimal value = (BigDecimal) field[1];
            if (value != null && value.abs().compareTo(MAX_AMOUNT) > 0) {
                return Optional.of(CsvProblem.error(ProblemCode.INVALID_AMOUNT, row,
                        mapping.columnName((String) field[0]), value.toPlainString()));
            }
        }
        return Optional.empty();
    }

    Optional<CsvProblem> check(long row, IncomingContact in) {
        Contact k = in.contact();
        return first(row, "name", k.name(), 100, "title", k.title(), 100, "mobile", k.mobile().input(), 50,
                "mobile", k.mobile().normalized(), 40, "phone", k.phone().input(), 50,
                "phone", k.phone().normalized(), 40, "email", k.email(), 200);
    }

    Optional<CsvProblem> check(long row, IncomingCall in) {
        return first(row, "external_id", in.externalId(), 64, "phone", in.phone().input(), 50,
                "needs", in.needs(), 4_000, "notes", in.notes(), 10_000, "next_step", in.nextStep(), 1_000,
                "caller", in.caller(), 100, "outcome_label", in.outcomeLabel(), CustomOutcome.MAX_LABEL);
    }

    Optional<CsvProblem> check(long row, IncomingVisit in) {
        return first(row, "purpose", in.purpose(), 1_000, "notes", in.notes(), 10_000,
                "next_step", in.nextStep(), 1_000);
    }

    Optional<CsvProblem> check(long row, IncomingOpportunity in) {
        if (in.terms().amount().abs().compareTo(MAX_AMOUNT) > 0) {
            return Optional.of(CsvProblem.error(ProblemCode.INVALID_AMOUNT, row, mapping.columnName("amount"),
                    in.terms().amount().toPlainString()));
        }
        return first(row, "external_id", in.externalId(), 64, "title", in.terms().title(), 200,
                "owner", in.terms().owner(), 100, "next_step", in.terms().nextStep(), 1_000,
                "notes", in.terms().notes(), 10_000, "lost_reason", in.where().lostReason(), 200);
    }

    private Optional<CsvProblem> first(long row, Object... fieldValueLimit) {
        for (int i = 0; i < fieldValueLimit.length; i += 3) {
            String value = (String) fieldValueLimit[i + 1];
            int limit = (Integer) fieldValueLimit[i + 2];
            if (value != null && value.length() > limit) {
                return Optional.of(tooLong(row, (String) fieldValueLimit[i], limit));
            }
        }
        return Optional.empty();
    }

    private CsvProblem tooLong(long row, String field, int limit) {
        return CsvProblem.error(ProblemCode.FIELD_TOO_LARGE, row, mapping.columnName(field), limit);
    }
}
