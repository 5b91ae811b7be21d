package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.callsheet.persistence.jooq.Tables.IMPORT_BATCH;
import static org.callsheet.persistence.jooq.Tables.IMPORT_DEFERRED_INDEX;
import static org.callsheet.persistence.jooq.Tables.IMPORT_SETTING_BEFORE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.BatchStart;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportCounts;
import org.callsheet.logic.csv.imports.ImportProgress;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.csv.imports.ImportSession;
import org.callsheet.logic.csv.imports.NewCustomer;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that commits every 100 rows and takes the plain indexes off after 500 (ADR 33) is
 * still all or nothing: cancelled after several commits it leaves the book as it was, indexes and
 * all, with no batch; finished, it is one batch that undo takes back.
 */
class ChunkedImportTest {
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final int STORED = 50;
    private static final int ROWS = 3_000;

    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final Database db = Database.inMemory("chunked-" + UUID.randomUUID());
    private final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);
    private final JooqImportStore store = new JooqImportStore(db.dsl(), new Pinyin(), phones,
            new ImportCheckpoints.Limits(100, 500));
    private final ImportService imports = new ImportService(store, phones,
            new AddressParser(RegionDirectory.shipped())::parse, Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anImportCancelledAfterSeveralCommitsLeavesTheBookAsItWas() throws Exception {
        List<CustomerSnapshot> before = storeCustomers();
        List<String> indexes = indexes();
        List<ImportProgress> seen = new ArrayList<>();
        List<Integer> indexesOff = new ArrayList<>();

        assertThatThrownBy(() -> imports.run(ImportRequest.of(file(), StandardEntities.CUSTOMERS)
                .withPolicy(DuplicatePolicy.UPDATE), p -> {
                    seen.add(p);
                    indexesOff.add(db.dsl().fetchCount(IMPORT_DEFERRED_INDEX));
                }, () -> seen.stream()
                .anyMatch(p -> p.phase() == ImportProgress.Phase.IMPORTING && p.rowsRead() >= 2_000)))
                .isInstanceOf(CancellationException.class);

        assertThat(indexesOff).as("the customer sort, contact phone and tag indexes went").contains(8);
        assertThat(indexes()).isEqualTo(indexes);
        assertThat(everything()).isEqualTo(before);
        assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isZero();
        assertThat(store.batches(10)).isEmpty();
    }

    @Test
    void aFinishedChunkedImportIsOneBatchThatUndoTakesBack() throws Exception {
        List<CustomerSnapshot> before = storeCustomers();
        List<String> indexes = indexes();

        ImportResult result = imports.run(ImportRequest.of(file(), StandardEntities.CUSTOMERS)
                .withPolicy(DuplicatePolicy.UPDATE), p -> { }, () -> false);

        assertThat(customers.count()).isEqualTo(ROWS);
        assertThat(store.batches(10)).singleElement().satisfies(b -> {
            assertThat(b.counts().inserted()).isEqualTo(ROWS - STORED);
            assertThat(b.counts().updated()).isEqualTo(STORED);
        });
        assertThat(indexes()).isEqualTo(indexes);
        assertThat(db.dsl().fetchCount(IMPORT_DEFERRED_INDEX)).isZero();
        assertThat(imports.undo(result.batchId().orElseThrow()).done()).isTrue();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aLargeFileHasItsIndexesTakenOffBeforeItsFirstRow() throws Exception {
        storeCustomers();
        List<String> indexes = indexes();
        List<Integer> offAtFirstChunk = new ArrayList<>();

        imports.run(ImportRequest.of(file(), StandardEntities.CUSTOMERS), p -> {
            if (p.phase() == ImportProgress.Phase.IMPORTING && offAtFirstChunk.isEmpty()) {
                offAtFirstChunk.add(db.dsl().fetchCount(IMPORT_DEFERRED_INDEX));
            }
        }, () -> false);

        assertThat(offAtFirstChunk).as("off after the first 100 of 3,000 rows, below the 500 of a mid-import take-off")
                .containsExactly(8);
        assertThat(indexes()).isEqualTo(indexes);
        assertThat(db.dsl().fetchCount(IMPORT_DEFERRED_INDEX)).isZero();
        assertThat(customers.count()).isEqualTo(ROWS);
    }

    @Test
    void aSessionClosedWithoutCommitGivesBackTheIndexesItTookOffAtTheStart() {
        List<String> indexes = indexes();

        try (ImportSession session = store.begin(new BatchStart(StandardEntities.CUSTOMERS_ID, "customers.csv",
                DuplicatePolicy.MERGE, NOW, ROWS))) {
            assertThat(db.dsl().fetchCount(IMPORT_DEFERRED_INDEX)).isEqualTo(8);
            assertThat(indexes()).hasSizeLessThan(indexes.size());
            session.insertCustomers(newCustomers(50));
        }

        assertThat(indexes()).isEqualTo(indexes);
        assertThat(db.dsl().fetchCount(IMPORT_DEFERRED_INDEX)).isZero();
        assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isZero();
        assertThat(customers.count()).isZero();
    }

    @Test
    void aDryRunOfALargeFileLeavesTheBookAndItsIndexesAsTheyWere() throws Exception {
        List<CustomerSnapshot> before = storeCustomers();
        List<String> indexes = indexes();

        ImportResult result = imports.run(ImportRequest.of(file(), StandardEntities.CUSTOMERS).asDryRun(),
                p -> { }, () -> false);

        assertThat(result.counts().inserted()).isEqualTo(ROWS - STORED);
        assertThat(indexes()).isEqualTo(indexes);
        assertThat(everything()).isEqualTo(before);
        assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isZero();
    }

    @Test
    void aSmallFileOrAFileSmallBesideTheBookKeepsItsIndexesAtTheStart() {
        try (ImportSession session = store.begin(new BatchStart(StandardEntities.CUSTOMERS_ID, "customers.csv",
                DuplicatePolicy.MERGE, NOW, 499))) {
            assertThat(db.dsl().fetchCount(IMPORT_DEFERRED_INDEX)).as("below 500 rows").isZero();
        }
        try (ImportSession session = store.begin(new BatchStart(StandardEntities.CUSTOMERS_ID, "book.csv",
                DuplicatePolicy.MERGE, NOW, 0))) {
            session.insertCustomers(newCustomers(2_100));
            session.finish(new ImportCounts(2_100, 2_100, 0, 0, 0, 0, 0), NOW);
            session.commit();
        }

        try (ImportSession session = store.begin(new BatchStart(StandardEntities.CUSTOMERS_ID, "customers.csv",
                DuplicatePolicy.MERGE, NOW, 500))) {
            assertThat(db.dsl().select(IMPORT_DEFERRED_INDEX.CREATE_SQL).from(IMPORT_DEFERRED_INDEX)
                    .fetch(IMPORT_DEFERRED_INDEX.CREATE_SQL))
                    .as("500 rows are less than a quarter of 2,100 customers and tags, not of 0 contacts")
                    .isNotEmpty().allMatch(sql -> sql.contains("\"CONTACT\""));
        }
    }

    @Test
    void settingsAnUnfinishedImportChangedGetTheirValuesBack() {
        JooqSettingsRepository settings = new JooqSettingsRepository(db.dsl());
        settings.put("kept", "before");
        try (ImportSession session = store.begin(new BatchStart(StandardEntities.CALLS_ID, "calls.csv",
                DuplicatePolicy.MERGE, NOW, 0))) {
            session.putSetting("kept", "during");
            session.putSetting("new", "during");
            session.insertCustomers(newCustomers(150));
            assertThat(db.dsl().fetchCount(IMPORT_SETTING_BEFORE)).as("committed with the first chunk").isEqualTo(2);
        }

        assertThat(settings.get("kept")).contains("before");
        assertThat(settings.get("new")).isEmpty();
        assertThat(customers.count()).isZero();
        assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isZero();
    }

    /** Every index of the tables a customer import writes, with its columns. */
    private List<String> indexes() {
        return db.dsl().fetch("SELECT INDEX_NAME || ':' || LISTAGG(COLUMN_NAME || ' ' || ORDERING_SPECIFICATION || ' '"
                + " || COALESCE(NULL_ORDERING, '-'), ',') WITHIN GROUP (ORDER BY ORDINAL_POSITION)"
                + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME IN ('CUSTOMER', 'CONTACT', 'CUSTOMER_TAG') GROUP BY INDEX_NAME ORDER BY 1")
                .getValues(0, String.class);
    }

    private List<CustomerSnapshot> storeCustomers() {
        for (int i = 0; i < STORED; i++) {
            customers.insert(customer("C" + i, "老客户" + i), List.of());
        }
        return everything();
    }

    private Path file() throws Exception {
        StringBuilder text = new StringBuilder("客户编号,客户名称,行业,标签,手机\n");
        for (int i = 0; i < ROWS; i++) {
            text.append("C").append(i).append(",客户").append(i).append(",新行业,新,").append(13_800_000_000L + i)
                    .append('\n');
        }
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<NewCustomer> newCustomers(int count) {
        List<NewCustomer> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new NewCustomer(customer("N" + i, "新客户" + i), List.of()));
        }
        return list;
    }

    private static Customer customer(String externalId, String name) {
        return new Customer(null, UUID.randomUUID().toString(), externalId, name, null, "旧行业", null, Address.EMPTY,
                null, null, null, List.of("老"), null, false, null, Instant.EPOCH, Instant.EPOCH);
    }

    private List<CustomerSnapshot> everything() {
        List<CustomerSnapshot> all = new ArrayList<>();
        for (long id : customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)) {
            all.add(new CustomerSnapshot(customers.findById(id).orElseThrow(), customers.contactsOf(id),
                    customers.ordersOf(id)));
        }
        return all;
    }
}
