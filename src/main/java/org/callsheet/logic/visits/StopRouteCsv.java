package org.callsheet.logic.visits;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.callsheet.logic.csv.CsvExportWriter;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.ExportOptions;
import org.callsheet.logic.csv.FieldSpec;
import org.callsheet.logic.csv.FieldType;

/**
 * Writes a routed stop list as CSV: {@code seq,external_id,name,latitude,longitude,leg_km,cumulative_km},
 * coordinates as they were read, km with three decimals.
 */
public final class StopRouteCsv {
    static final List<String> COLUMNS = List.of("seq", "external_id", "name", "latitude", "longitude", "leg_km",
            "cumulative_km");
    private static final EntityType ROUTED = new EntityType("routed_stops", COLUMNS.stream()
            .map(c -> new FieldSpec(c, FieldType.TEXT, false, List.of())).toList());

    private StopRouteCsv() {
    }

    /** Writes the route; {@code byteOrderMark} for a file Excel opens, none for standard output. */
    public static void write(StopRoute route, OutputStream out, boolean byteOrderMark) {
        ExportOptions options = new ExportOptions(java.nio.charset.StandardCharsets.UTF_8, byteOrderMark,
                ExportOptions.HeaderStyle.CANONICAL, Locale.ROOT);
        try (CsvExportWriter writer = new CsvExportWriter(out, ROUTED, COLUMNS, options)) {
            for (RoutedStop routed : route.stops()) {
                Map<String, String> row = new LinkedHashMap<>();
                row.put("seq", Integer.toString(routed.seq()));
                row.put("external_id", routed.stop().externalId());
                row.put("name", routed.stop().name());
                row.put("latitude", routed.stop().latitude().toPlainString());
                row.put("longitude", routed.stop().longitude().toPlainString());
                row.put("leg_km", km(routed.legKm()));
                row.put("cumulative_km", km(routed.cumulativeKm()));
                writer.write(row);
            }
        }
    }

    /** Km with three decimals and a dot, whatever the locale. */
    public static String km(double km) {
        return String.format(Locale.ROOT, "%.3f", km);
    }
}
