package org.callsheet.logic.visits;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.callsheet.logic.csv.CsvExportWriter;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.ExportOptions;
import org.callsheet.logic.csv.FieldSpec;
import org.callsheet.logic.csv.FieldType;
import org.callsheet.model.Customer;
import org.callsheet.model.LocationPrecision;

/**
 * Writes a day's plan as CSV: the routed visits in order, then the ones without a location (no
 * seq, precision {@code none}). {@code leg_km} is road km (great-circle × road factor), an estimate
 * whenever either end is a region's centroid.
 */
public final class DayPlanCsv {
    static final List<String> COLUMNS = List.of("seq", "customer_external_id", "name", "province", "city",
            "district", "address", "latitude", "longitude", "location_precision", "reason", "planned_arrival",
            "leg_km");
    private static final EntityType PLAN = new EntityType("day_plan", COLUMNS.stream()
            .map(c -> new FieldSpec(c, FieldType.TEXT, false, List.of())).toList());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private DayPlanCsv() {
    }

    public static void write(DayPlan plan, OutputStream out, boolean byteOrderMark) {
        ExportOptions options = new ExportOptions(StandardCharsets.UTF_8, byteOrderMark,
                ExportOptions.HeaderStyle.CANONICAL, Locale.ROOT);
        try (CsvExportWriter writer = new CsvExportWriter(out, PLAN, COLUMNS, options)) {
            for (int i = 0; i < plan.routed().size(); i++) {
                TimedStop timed = plan.schedule().stops().get(i);
                Map<String, String> row = row(plan.routed().get(i));
                row.put("seq", Integer.toString(i + 1));
                row.put("planned_arrival", TIME.format(timed.visitStart()));
                row.put("leg_km", StopRouteCsv.km(timed.legKm()));
                writer.write(row);
            }
            for (PlacedCandidate visit : plan.unlocated()) {
                writer.write(row(visit));
            }
        }
    }

    /** A customer's row; province, city and district as the customer's address, else where it was placed. */
    private static Map<String, String> row(PlacedCandidate placed) {
        PlannedVisit visit = placed.visit();
        Customer c = visit.customer();
        Map<String, String> row = new HashMap<>();
        row.put("customer_external_id", c.externalIdOpt().orElse(c.uid()));
        row.put("name", c.name());
        row.put("province", placed.area().province());
        row.put("city", placed.area().city());
        row.put("district", placed.area().district());
        row.put("address", c.address().street());
        visit.location().point().ifPresent(p -> {
            row.put("latitude", p.latitude().toPlainString());
            row.put("longitude", p.longitude().toPlainString());
        });
        row.put("location_precision", code(visit.location().precision()));
        row.put("reason", visit.candidate().reason().name().toLowerCase(Locale.ROOT));
        return row;
    }

    private static String code(LocationPrecision precision) {
        return precision.name().toLowerCase(Locale.ROOT);
    }
}
