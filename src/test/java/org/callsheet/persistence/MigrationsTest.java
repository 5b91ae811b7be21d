package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path folder;

    @Test
    void theLatestMigrationConstantNamesTheNewestFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> versions = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(Comparator.comparing(MigrationsTest::numeric, Arrays::compare))
                    .toList();
            assertThat(versions.getLast()).isEqualTo(Database.LATEST_MIGRATION);
        }
    }

    @Test
    void aCurrentDatabaseReopensWithItsData() {
        Path path = folder.resolve("crm");
        try (Database db = Database.open(path)) {
            new JooqSettingsRepository(db.dsl()).put("k", "v");
        }
        try (Database db = Database.open(path)) {
            assertThat(new JooqSettingsRepository(db.dsl()).get("k")).contains("v");
        }
    }

    @Test
    void aCompactingCloseKeepsTheDataAndLogsNoError() {
        Path path = folder.resolve("bulk");
        try (Database db = Database.open(path)) {
            new JooqSettingsRepository(db.dsl()).put("k", "v");
            db.compactOnClose();
        }
        assertThat(folder.resolve("bulk.trace.db")).as("H2 writes its errors there").doesNotExist();
        try (Database db = Database.open(path)) {
            assertThat(new JooqSettingsRepository(db.dsl()).get("k")).contains("v");
        }
    }

    @Test
    void aFreshInMemoryDatabaseIsMigrated() {
        try (Database db = Database.inMemory("m-" + UUID.randomUUID())) {
            assertThat(new JooqSettingsRepository(db.dsl()).all()).isEmpty();
        }
    }

    @Test
    void storedResultsKeepOnlyTheForeignKeyToTheirCustomer() {
        try (Database db = Database.inMemory("m-" + UUID.randomUUID())) {
            List<String> keys = db.dsl().fetch("SELECT k.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS c "
                    + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_NAME = c.CONSTRAINT_NAME "
                    + "WHERE c.TABLE_NAME = 'CUSTOMER_CLASSIFICATION' AND c.CONSTRAINT_TYPE = 'FOREIGN KEY'")
                    .getValues(0, String.class);
            assertThat(keys).as("run_id lost its foreign key (5.13); deleting a customer still cascades")
                    .containsExactly("CUSTOMER_ID");
        }
    }

    @Test
    void insertedRecordsOfEarlierImportsBecomeRangesOfIds() throws Exception {
        String name = "m-" + UUID.randomUUID();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("5.6").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO import_batch (id, entity, file_name, policy, started_at) VALUES "
                    + "(1, 'customers', 'a.csv', 'MERGE', CURRENT_TIMESTAMP)");
            for (long id : new long[] {3, 4, 5, 9, 10}) {
                s.execute("INSERT INTO import_change VALUES (1, 'CUSTOMER', " + id + ", 'u" + id + "', 'INSERTED')");
            }
            s.execute("INSERT INTO import_change VALUES (1, 'CUSTOMER', 7, 'u7', 'UPDATED')");
            s.execute("INSERT INTO import_change VALUES (1, 'ORDER', 4, 'o4', 'INSERTED')");
        }
        try (Database db = Database.inMemory(name)) {
            assertThat(db.dsl().fetch("SELECT entity, first_id, last_id FROM import_inserted ORDER BY entity, first_id")
                    .map(r -> r.get(0) + " " + r.get(1) + ".." + r.get(2)))
                    .containsExactly("CUSTOMER 3..5", "CUSTOMER 9..10", "ORDER 4..4");
            assertThat(db.dsl().fetch("SELECT record_id, kind FROM import_change").map(r -> r.get(0) + " " + r.get(1)))
                    .containsExactly("7 UPDATED");
        }
    }

    private static int[] numeric(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
