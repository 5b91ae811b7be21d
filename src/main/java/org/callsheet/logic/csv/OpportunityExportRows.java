package org.callsheet.logic.csv;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.StageState;

/**
 * An opportunity as the cells of an export row. The stage columns hold when each stage was first
 * entered; for an opportunity moved back and forth a stage's date is written no earlier than the
 * date before it, so that the file always imports (the import refuses dates going backwards).
 */
public final class OpportunityExportRows {
    private OpportunityExportRows() {
    }

    public static Map<String, String> cells(Opportunity o, String customerReference, ZoneId zone) {
        Map<String, String> cells = new HashMap<>();
        OpportunityTerms t = o.terms();
        StageState s = o.state();
        put(cells, "uid", o.uid());
        put(cells, "external_id", o.externalId());
        put(cells, "customer_external_id", customerReference);
        put(cells, "title", t.title());
        put(cells, "amount", t.amount().toPlainString());
        put(cells, "owner", t.owner());
        put(cells, "source", CodeNames.OPPORTUNITY_SOURCES.code(t.source()));
        put(cells, "stage", CodeNames.STAGES.code(s.stage()));
        put(cells, "probability", Integer.toString(s.probability()));
        put(cells, "expected_close", t.expectedClose() == null ? null : t.expectedClose().toString());
        put(cells, "created_at", DateTimeValueParser.format(o.createdAt(), zone));
        put(cells, "closed_at", DateTimeValueParser.format(s.closedAt(), zone));
        put(cells, "status", CodeNames.OPPORTUNITY_STATUSES.code(s.status()));
        put(cells, "lost_reason", s.lostReason());
        put(cells, "next_step", t.nextStep());
        put(cells, "notes", t.notes());
        Instant floor = null;
        for (Stage stage : Stage.values()) {
            Instant at = o.stageDates().at(stage);
            if (at == null) {
                continue;
            }
            Instant written = floor != null && at.isBefore(floor) ? floor : at;
            put(cells, OpportunityRowConverter.dateField(stage), DateTimeValueParser.format(written, zone));
            floor = written;
        }
        return cells;
    }

    private static void put(Map<String, String> cells, String field, String value) {
        if (value != null && !value.isEmpty()) {
            cells.put(field, value);
        }
    }
}
