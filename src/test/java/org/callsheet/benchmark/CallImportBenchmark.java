package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqImportStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Imports a file of calls (-Dbench.rows=N, default 100,000; one in five plans a follow-up) for
 * 10,000 customers, next to an orders file of as many rows for the same customers imported in the
 * same run as the baseline; then re-imports the calls, which must change nothing.
 */
@Tag("benchmark")
class CallImportBenchmark {
    private static final int CUSTOMERS = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void importCallsNextToOrders() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        Path folder = Files.createTempDirectory("call-bench");
        Path customers = folder.resolve("customers.csv");
        Path orders = folder.resolve("orders.csv");
        Path calls = folder.resolve("calls.csv");
        write(customers, "external_id,name,mobile\n", CUSTOMERS,
                i -> "C" + i + ",客户" + i + "," + (13_000_000_000L + i));
        Random random = new Random(7);
        write(orders, "external_id,customer_external_id,order_date,amount\n", rows,
                i -> "SO" + i + ",C" + random.nextInt(CUSTOMERS) + ",2025-" + (1 + i % 12) + "-" + (1 + i % 28) + ","
                        + (100 + random.nextInt(10_000)) + ".50");
        LocalDateTime first = LocalDateTime.of(2024, 1, 1, 8, 0);
        String[] outcomes = {"connected", "no_answer", "busy", "已接通", "稍后再打"};
        write(calls, "external_id,customer_external_id,contact,phone,started_at,duration_s,direction,outcome,needs,"
                + "attitude,visit_opportunity,visit_date,notes,next_step,follow_up_at\n", rows,
                i -> "T" + i + ",C" + random.nextInt(CUSTOMERS) + ",," + (13_000_000_000L + random.nextInt(CUSTOMERS))
                        + "," + TIME.format(first.plusMinutes(7L * i)) + "," + random.nextInt(600) + ",outgoing,"
                        + outcomes[i % outcomes.length] + ",要报价,positive,,,备注" + i + ",回访,"
                        + (i % 5 == 0 ? TIME.format(first.plusMinutes(7L * i).plusDays(2)) : ""));
        PhoneNormalizer phones = new PhoneNormalizer();
        try (Database db = Database.open(folder.resolve("db").resolve("callsheet"))) {
            ImportService imports = new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                    new AddressParser(RegionDirectory.shipped())::parse, Clock.systemDefaultZone());
            run(imports, customers, StandardEntities.CUSTOMERS.id(), CUSTOMERS);
            double orderSeconds = run(imports, orders, StandardEntities.ORDERS.id(), rows);
            double callSeconds = run(imports, calls, StandardEntities.CALLS.id(), rows);
            double againSeconds = run(imports, calls, StandardEntities.CALLS.id(), rows);
            Report.line("calls:  %,d rows imported in %.1f s = %,.0f rows/s; baseline orders %.1f s = %,.0f rows/s"
                    + " (ratio %.2f)", rows, callSeconds, rows / callSeconds, orderSeconds, rows / orderSeconds,
                    callSeconds / orderSeconds);
            Report.line("calls re-imported (no change) in %.1f s = %,.0f rows/s", againSeconds, rows / againSeconds);
        }
    }

    private static double run(ImportService imports, Path file, String entity, int rows) {
        long start = System.nanoTime();
        ImportResult result = imports.run(ImportRequest.of(file, org.callsheet.logic.csv.EntityRegistry.standard()
                .find(entity).orElseThrow()), p -> { }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.line("%s %s", entity, result.counts());
        assertThat(result.counts().read()).isEqualTo(rows);
        assertThat(result.counts().rejected()).isZero();
        return seconds;
    }

    private static void write(Path file, String header, int rows, java.util.function.IntFunction<String> row)
            throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            for (int i = 0; i < rows; i++) {
                out.write(row.apply(i));
                out.write('\n');
            }
        }
    }
}
