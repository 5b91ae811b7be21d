package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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

    private static int[] numeric(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
