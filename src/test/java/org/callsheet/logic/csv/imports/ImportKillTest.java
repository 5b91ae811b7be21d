package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqImportStore;
import org.junit.jupiter.api.Test;

/**
 * An import killed half way (the process ends without a chance to roll back) leaves a database
 * that opens cleanly and holds exactly what it held before: the chunks it committed belong to a
 * batch still in progress, which is removed when the database next opens (ADR 33).
 */
class ImportKillTest {
    private static final int STORED = 200;
    private static final int ROWS = 300_000;

    @Test
    void killingTheProcessHalfWayLeavesTheDatabaseUnchanged() throws Exception {
        killAfter(20_000).opensAsBefore();
    }

    @Test
    void theCommittedChunksOfAKilledImportAreRemovedWhenTheDatabaseOpens() throws Exception {
        Killed killed = killAfter(60_000);
        // Before the open that removes it, the partial batch is there: committed rows, in progress.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + killed.database().toAbsolutePath(), "sa", "");
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM import_batch WHERE in_progress")).isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM customer")).isGreaterThan(STORED + 10_000);
            assertThat(count(s, "SELECT COUNT(*) FROM import_customer_before")).isEqualTo(STORED);
            assertThat(count(s, "SELECT COUNT(*) FROM import_deferred_index")).as("sort indexes taken off").isPositive();
        }
        killed.opensAsBefore();
        try (Database db = Database.open(killed.database())) {
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("INFORMATION_SCHEMA.INDEXES")
                    .where("TABLE_NAME = 'CUSTOMER' AND INDEX_NAME LIKE 'CUSTOMER_SORT_%'"))).isEqualTo(5);
        }
    }

    private record Killed(Path database, List<CustomerSnapshot> before) {
        void opensAsBefore() {
            try (Database db = Database.open(database)) {
                JooqCustomerRepository customers = repository(db);
                assertThat(customers.count()).isEqualTo(STORED);
                assertThat(everything(customers)).isEqualTo(before);
                assertThat(new JooqImportStore(db.dsl(), new Pinyin(), new PhoneNormalizer()).batches(10)).isEmpty();
                assertThat(db.dsl().fetchCount(db.dsl().selectFrom("import_batch"))).isZero();
            }
        }
    }

    /** Imports a file over STORED customers in another JVM and kills it once it reports so many rows. */
    private static Killed killAfter(long rowsBeforeKill) throws Exception {
        Path folder = Path.of(System.getProperty("callsheet.target", "target"), "kill-test", UUID.randomUUID().toString());
        Path database = folder.resolve("callsheet");
        Path file = folder.resolve("customers.csv");
        Files.createDirectories(folder);
        List<CustomerSnapshot> before;
        try (Database db = Database.open(database)) {
            JooqCustomerRepository customers = repository(db);
            for (int i = 0; i < STORED; i++) {
                customers.insert(new Customer(null, UUID.randomUUID().toString(), "C" + i, "老客户" + i, null, "旧行业",
                        null, Address.EMPTY, null, null, null, List.of("老"), null, false, null,
                        java.time.Instant.EPOCH, java.time.Instant.EPOCH), List.of());
            }
            before = everything(customers);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("客户编号,客户名称,行业,标签,手机\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("C" + i + ",客户" + i + ",新行业,新," + (13_000_000_000L + i) + "\n");
            }
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ImportKillChild.class.getName(),
                database.toString(), file.toString())
                .redirectError(folder.resolve("child-err.txt").toFile())
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
                if (line.startsWith("IMPORTING") && Long.parseLong(line.substring(10)) >= rowsBeforeKill) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).as(Files.readString(folder.resolve("child-err.txt"))).anyMatch(l -> l.startsWith("IMPORTING"));
        assertThat(lines).noneMatch(l -> l.startsWith("DONE"));
        return new Killed(database, before);
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static JooqCustomerRepository repository(Database db) {
        return new JooqCustomerRepository(db.dsl(), new Pinyin(), new PhoneNormalizer());
    }

    private static List<CustomerSnapshot> everything(JooqCustomerRepository customers) {
        List<CustomerSnapshot> all = new ArrayList<>();
        for (long id : customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)) {
            all.add(new CustomerSnapshot(customers.findById(id).orElseThrow(), customers.contactsOf(id),
                    customers.ordersOf(id)));
        }
        return all;
    }
}
