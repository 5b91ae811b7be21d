package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqImportStore;
import org.jooq.Record;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the field history costs an import that changes every customer: a company list of
 * -Dbench.rows=N rows (default 20,000) is imported, then a file naming each of its customers with
 * a new industry and new notes is imported with the update policy (two history rows a customer).
 * Printed: wall and process CPU time of that update import beside H2's CSVREAD of the same file,
 * and the history rows written. Plain SQL only, so the same class measures a release without the
 * history for comparison.
 */
@Tag("benchmark")
class FieldHistoryBenchmark {

    @Test
    void updateEveryCustomerOfACompanyList() throws Exception {
        int rows = Integer.getInteger("bench.rows", 20_000);
        Path folder = Path.of(System.getProperty("callsheet.target", "target"), "bench", "field-history-" + rows);
        Path customers = folder.resolve("customers.csv");
        Path changes = folder.resolve("changes.csv");
        Files.createDirectories(folder);
        if (!Files.exists(customers)) {
            CompanyListCsv.customers(customers, rows);
        }
        deleteDatabase(folder.resolve("db"));
        PhoneNormalizer phones = new PhoneNormalizer();
        AddressParser addresses = new AddressParser(RegionDirectory.shipped());
        try (Database db = Database.open(folder.resolve("db", "callsheet"))) {
            ImportService imports = new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                    addresses::parse, Clock.systemUTC());
            check(imports.run(ImportRequest.of(customers, StandardEntities.CUSTOMERS).withPolicy(DuplicatePolicy.MERGE),
                    p -> { }, () -> false));
            int changed = writeChanges(db, changes);

            double cpu = cpuSeconds();
            long start = System.nanoTime();
            ImportResult update = imports.run(ImportRequest.of(changes, StandardEntities.CUSTOMERS)
                    .withPolicy(DuplicatePolicy.UPDATE), p -> { }, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            double updateCpu = cpuSeconds() - cpu;
            check(update);
            assertThat(update.counts().updated()).isEqualTo(changed);

            cpu = cpuSeconds();
            start = System.nanoTime();
            db.dsl().execute("CREATE TABLE bench_changes AS SELECT * FROM CSVREAD('" + changes.toAbsolutePath()
                    + "', NULL, 'charset=UTF-8')");
            double csvread = (System.nanoTime() - start) / 1e9;
            double csvreadCpu = cpuSeconds() - cpu;
            Report.line("update of %,d customers (industry and notes): %.1f s wall, %.1f s CPU; CSVREAD of the file"
                    + " %.1f s wall, %.2f s CPU (CPU ratio %.1f)", changed, seconds, updateCpu, csvread, csvreadCpu,
                    updateCpu / csvreadCpu);
            Report.line("field history rows: %s", historyRows(db));
        }
    }

    /** Every stored customer with an external id, with a new industry and new notes. */
    private static int writeChanges(Database db, Path file) throws Exception {
        int n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("客户编号,客户名称,所属行业,备注\r\n");
            for (Record r : db.dsl().fetch("SELECT external_id, name FROM customer WHERE external_id IS NOT NULL"
                    + " ORDER BY id")) {
                String name = r.get(1, String.class).replace("\"", "\"\"");
                out.write(r.get(0, String.class) + ",\"" + name + "\",咨询服务,回访记录 " + n + "\r\n");
                n++;
            }
        }
        return n;
    }

    private static String historyRows(Database db) {
        int tables = db.dsl().fetchOne("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_NAME = 'CUSTOMER_FIELD_CHANGE'").get(0, Integer.class);
        return tables == 0 ? "none (this release keeps no field history)"
                : String.format("%,d", db.dsl().fetchOne("SELECT COUNT(*) FROM customer_field_change")
                .get(0, Integer.class));
    }

    private static void check(ImportResult result) {
        Report.line("%s %s", result.entityId(), result.counts());
        assertThat(result.imported()).isTrue();
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static void deleteDatabase(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
