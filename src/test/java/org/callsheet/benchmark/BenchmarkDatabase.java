package org.callsheet.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.demo.DemoResult;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqCustomerRepository;

/**
 * The demo database the benchmarks share: {@code target/bench/demo-N}, generated once with seed 42
 * and reused by later runs (delete the folder to regenerate).
 */
final class BenchmarkDatabase {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private BenchmarkDatabase() {
    }

    static int customers() {
        return Integer.getInteger("bench.customers", 1_000_000);
    }

    static Path path(int customers) {
        String target = System.getProperty("callsheet.target", "target");
        return Path.of(target, "bench", "demo-" + customers, "callsheet");
    }

    /** Opens the benchmark database, generating it first when it is missing or incomplete. */
    static Database openOrGenerate(int customers) throws Exception {
        Path path = path(customers);
        if (Files.exists(path.resolveSibling("callsheet.mv.db"))) {
            Database db = Database.open(path);
            long count = new JooqCustomerRepository(db.dsl(), new Pinyin(), new PhoneNormalizer()).count();
            if (count == customers) {
                return db;
            }
            db.close();
        }
        Files.deleteIfExists(path.resolveSibling("callsheet.mv.db"));
        Database db = Database.open(path);
        long start = System.nanoTime();
        Pinyin pinyin = new Pinyin();
        PhoneNormalizer phones = new PhoneNormalizer();
        DemoResult result = new DemoDataGenerator(RegionDirectory.shipped(), phones, pinyin, CLOCK)
                .generate(customers, 42, new JooqBulkCustomerWriter(db.dsl(), pinyin, phones),
                        (done, total) -> { }, () -> false);
        Report.line("generated %,d customers, %,d contacts, %,d orders in %.1f s", result.customers(),
                result.contacts(), result.orders(), (System.nanoTime() - start) / 1e9);
        return db;
    }
}
