package org.callsheet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.safety.BackupRetention;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.persistence.encryption.H2DatabaseEncryption;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.OpenDatabase;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What encryption at rest costs (ADR 37; H2 states about 2.5 × slower embedded): the same customer
 * list and orders ({@link CompanyListCsv}, 20,000 rows each, -Dbench.rows=N) imported into a plain
 * and an encrypted database in the same run, then the same reads on each after reopening it (cold:
 * every page comes from the file) and once more (warm: from H2's cache).
 */
@Tag("benchmark")
class EncryptionBenchmark {
    private static final DatabasePassword PASSWORD = DatabasePassword.of("benchmark password");
    private static final int LOOKUPS = 2_000;

    private record Figures(double open, double customers, double orders, double coldReads, double warmReads,
                           long fileBytes) {
    }

    @Test
    void plainAgainstEncrypted() throws Exception {
        int rows = Integer.getInteger("bench.rows", 20_000);
        Path folder = Path.of(System.getProperty("callsheet.target", "target"), "bench", "encryption-" + rows);
        Path customers = folder.resolve("customers.csv");
        Path orders = folder.resolve("orders.csv");
        Files.createDirectories(folder);
        if (!Files.exists(customers) || !Files.exists(orders)) {
            CompanyListCsv.customers(customers, rows);
            MessyCsv.orders(orders, rows, rows);
        }
        Figures plain = measure(folder.resolve("plain"), Optional.empty(), customers, orders, rows);
        Figures encrypted = measure(folder.resolve("encrypted"), Optional.of(PASSWORD), customers, orders, rows);

        Report.line("%,d customers + %,d orders, plain vs encrypted (AES), same run:", rows, rows);
        line("open (schema check; encrypted: key derivation too)", plain.open, encrypted.open);
        line("import customers", plain.customers, encrypted.customers);
        line("import orders", plain.orders, encrypted.orders);
        line("reads after reopening (cold)", plain.coldReads, encrypted.coldReads);
        line("the same reads again (warm)", plain.warmReads, encrypted.warmReads);
        Report.line("file: plain %,d bytes, encrypted %,d bytes", plain.fileBytes, encrypted.fileBytes);
    }

    private static void line(String what, double plain, double encrypted) {
        Report.line("%-52s plain %8.2f s  encrypted %8.2f s  = %.2f ×", what, plain, encrypted, encrypted / plain);
    }

    private static Figures measure(Path folder, Optional<DatabasePassword> password, Path customers, Path orders,
                                   int rows) throws Exception {
        deleteAll(folder);
        Path path = folder.resolve("callsheet");
        try (Database empty = Database.open(path)) {
            assertThat(empty.encrypted()).isFalse();
        }
        password.ifPresent(p -> encrypt(path, p));
        PhoneNormalizer phones = new PhoneNormalizer();
        AddressParser addresses = new AddressParser(RegionDirectory.shipped());
        double customerSeconds;
        double orderSeconds;
        try (Database db = Database.open(path, password)) {
            assertThat(db.encrypted()).isEqualTo(password.isPresent());
            ImportService imports = new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                    addresses::parse, Clock.systemUTC());
            long start = System.nanoTime();
            check(imports.run(ImportRequest.of(customers, StandardEntities.CUSTOMERS).withPolicy(DuplicatePolicy.MERGE),
                    progress -> { }, () -> false), rows);
            customerSeconds = seconds(start);
            start = System.nanoTime();
            check(imports.run(ImportRequest.of(orders, StandardEntities.ORDERS), progress -> { }, () -> false),
                    rows);
            orderSeconds = seconds(start);
        }
        long opening = System.nanoTime();
        try (Database db = Database.open(path, password)) {
            double open = seconds(opening);
            double cold = reads(db);
            double warm = reads(db);
            return new Figures(open, customerSeconds, orderSeconds, cold, warm,
                    Files.size(folder.resolve("callsheet.mv.db")));
        }
    }

    /** A pass over every order grouped by customer, a scan of every name, and customers looked up one by one. */
    private static double reads(Database db) {
        long start = System.nanoTime();
        int grouped = db.dsl().select(CUSTOMER_ORDER.CUSTOMER_ID, DSL.count(), DSL.sum(CUSTOMER_ORDER.AMOUNT))
                .from(CUSTOMER_ORDER).groupBy(CUSTOMER_ORDER.CUSTOMER_ID).fetch().size();
        int named = db.dsl().fetchCount(CUSTOMER, CUSTOMER.NAME.like("%科技%"));
        long[] ids = db.dsl().select(CUSTOMER.ID).from(CUSTOMER).fetch(CUSTOMER.ID).stream()
                .mapToLong(Long::longValue).toArray();
        Random random = new Random(3);
        int found = 0;
        for (int i = 0; i < LOOKUPS; i++) {
            long id = ids[random.nextInt(ids.length)];
            found += db.dsl().selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetch().size();
            db.dsl().selectFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.CUSTOMER_ID.eq(id)).fetch();
        }
        assertThat(grouped).isPositive();
        assertThat(named).isPositive();
        assertThat(found).isEqualTo(LOOKUPS);
        return seconds(start);
    }

    private static void encrypt(Path path, DatabasePassword password) {
        Database[] opened = {Database.open(path)};
        OpenDatabase open = new OpenDatabase() {
            @Override
            public Database database() {
                return opened[0];
            }

            @Override
            public void close() {
                opened[0].close();
            }
        };
        new H2DatabaseEncryption(path, open, new H2DatabaseSafety(path, open, Clock.systemUTC()), Optional.empty())
                .encrypt(password, BackupRetention.DEFAULT);
    }

    private static void check(ImportResult result, int rows) {
        assertThat(result.imported()).isTrue();
        assertThat(result.counts().read()).isGreaterThanOrEqualTo(rows);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteAll(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
