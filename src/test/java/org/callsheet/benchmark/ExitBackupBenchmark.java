package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.callsheet.logic.safety.BackupInfo;
import org.callsheet.logic.safety.RollingBackups;
import org.callsheet.logic.safety.SafetySettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.OpenDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What closing the window costs on a large book (ADR 40): the exit backup of a book of 1,000,000
 * customers (a contact each, 5,000,000 orders), and a second exit the same day with the book
 * unchanged, next to a plain H2 {@code BACKUP TO} of the same file — the least any consistent
 * online backup costs — and the close itself. The book is written by SQL in a few minutes (the demo
 * generator takes hours at this size on the shared build machine) into {@code target/bench/book-N}
 * and kept for later runs; {@code -Dbench.customers=N} for another size.
 */
@Tag("benchmark")
class ExitBackupBenchmark {

    @Test
    void exitBackupOfTheMillionCustomerBook() throws Exception {
        int customers = BenchmarkDatabase.customers();
        Path path = Path.of(System.getProperty("callsheet.target", "target"), "bench", "book-" + customers,
                "callsheet");
        SyntheticBook.openOrWrite(path, customers).close();
        Database db = Database.open(path);
        boolean closed = false;
        try {
            Path file = path.resolveSibling("callsheet.mv.db");
            Path backups = file.resolveSibling("backups");
            deleteAll(backups);
            Clock clock = Clock.systemDefaultZone();
            H2DatabaseSafety safety = new H2DatabaseSafety(path, new OpenDatabase() {
                @Override
                public Database database() {
                    return db;
                }

                @Override
                public void close() {
                    db.close();
                }
            }, clock);
            RollingBackups rolling = new RollingBackups(safety,
                    new SafetySettings(new Settings(new JooqSettingsRepository(db.dsl()))), clock);

            Path plain = Files.createTempDirectory(file.getParent(), "plain-").resolve("plain.zip");
            long start = System.nanoTime();
            db.backupTo(plain);
            double plainSeconds = (System.nanoTime() - start) / 1e9;
            long plainSize = Files.size(plain);

            start = System.nanoTime();
            BackupInfo first = rolling.takeOnExitIfChanged().orElseThrow();
            double firstSeconds = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            boolean taken = rolling.takeOnExitIfChanged().isPresent();
            double againSeconds = (System.nanoTime() - start) / 1e9;

            Report.line("book of %,d customers: file %,.1f MB", customers, Files.size(file) / 1e6);
            Report.line("baseline plain BACKUP TO: %.1f s, %,.1f MB", plainSeconds, plainSize / 1e6);
            Report.line("exit backup (first of the day or book changed): %.1f s, %,.1f MB (%.2f x the plain one)",
                    firstSeconds, first.size() / 1e6, firstSeconds / plainSeconds);
            Report.line("exit backup again, book unchanged since the last backup: %.3f s (%s)", againSeconds,
                    taken ? "taken" : "skipped");
            assertThat(taken).isFalse();
            Files.delete(plain);
            Files.delete(plain.getParent());
            start = System.nanoTime();
            closed = true;
            db.close();
            Report.line("close after the exit backup: %.1f s", (System.nanoTime() - start) / 1e9);
        } finally {
            if (!closed) {
                db.close();
            }
        }
    }

    private static void deleteAll(Path folder) throws Exception {
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
