package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    private static final String HEADER = "客户编号,客户名称,行业,来源,标签,联系人,手机,电话\n";
    private final ImportFixture fx = new ImportFixture();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void newCustomersAreInsertedWithContactAndTagsAndTheBatchIsRecorded() throws Exception {
        Path file = ImportFixture.write(dir, "new.csv", HEADER
                + "C1,星辰科技,制造,展会,重点;华南,王芳,13800138000,0755-26712345\n"
                + "C2,海风贸易,,,,,,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0, 0, 0));
        Customer c1 = fx.customers.findByExternalId("C1").orElseThrow();
        assertThat(c1.name()).isEqualTo("星辰科技");
        assertThat(c1.tags()).containsExactlyInAnyOrder("重点", "华南");
        assertThat(fx.customers.contactsOf(c1.id())).singleElement()
                .satisfies(c -> assertThat(c.mobile().normalized()).isEqualTo("+8613800138000"));
        ImportBatch batch = fx.store.batch(result.batchId().orElseThrow()).orElseThrow();
        assertThat(batch.fileName()).isEqualTo("new.csv");
        assertThat(batch.counts()).isEqualTo(result.counts());
        assertThat(batch.finishedAt()).isPresent();
    }

    @Test
    void mergeFillsOnlyBlanks() throws Exception {
        fx.store("C1", "星辰科技", "13800138000", null, List.of());
        Path file = ImportFixture.write(dir, "m.csv", HEADER + "C1,星辰科技新,制造,网络,新客,,,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(result.counts().merged()).isEqualTo(1);
        Customer c1 = fx.customers.findByExternalId("C1").orElseThrow();
        assertThat(c1.name()).isEqualTo("星辰科技");
        assertThat(c1.industry()).isEqualTo("制造");
        assertThat(c1.source()).isEqualTo("展会");
        assertThat(c1.tags()).containsExactly("新客");
        assertThat(c1.updatedAt()).isEqualTo(ImportFixture.NOW);
    }

    @Test
    void updateReplacesWithEveryNonBlankCellButNeverErases() throws Exception {
        fx.store("C1", "星辰科技", "13800138000", null, List.of("老客"));
        Path file = ImportFixture.write(dir, "u.csv", HEADER + "C1,星辰科技新,制造,网络,,,13900139000,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.UPDATE);

        assertThat(result.counts().updated()).isEqualTo(1);
        Customer c1 = fx.customers.findByExternalId("C1").orElseThrow();
        assertThat(c1.name()).isEqualTo("星辰科技新");
        assertThat(c1.source()).isEqualTo("网络");
        assertThat(c1.sizeClass()).isEqualTo("50人");
        assertThat(c1.tags()).containsExactly("老客");
        // the row's mobile is another person's: a second contact
        assertThat(fx.customers.contactsOf(c1.id())).hasSize(2);
    }

    @Test
    void skipLeavesMatchingRecordsAlone() throws Exception {
        fx.store("C1", "星辰科技", null, null, List.of());
        List<?> before = fx.everything();
        Path file = ImportFixture.write(dir, "s.csv", HEADER + "C1,别的名字,制造,,,,,\nC9,新客户,,,,,,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.SKIP);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 0, 1, 0));
        assertThat(fx.everything()).hasSize(2).first().isEqualTo(before.get(0));
    }

    @Test
    void storedCustomersMatchByMobileThenByNameAndLandline() throws Exception {
        Customer byMobile = fx.store(null, "甲公司", "13800138000", null, List.of());
        Customer byLandline = fx.store(null, "乙 公司", null, "010-65529988", List.of());
        fx.store("C5", "戊公司", "13700137000", null, List.of());
        Path file = ImportFixture.write(dir, "k.csv", HEADER
                + ",随便,制造,,,,138 0013 8000,\n"
                + ",乙公司,零售,,,,,010 6552 9988\n"
                + "C7,丙公司,,,,,13700137000,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 1, 0, 2, 0, 0, 0));
        assertThat(fx.customers.findById(byMobile.id()).orElseThrow().industry()).isEqualTo("制造");
        assertThat(fx.customers.findById(byLandline.id()).orElseThrow().industry()).isEqualTo("零售");
        // an external id of its own makes the third row a new customer even though the mobile is shared
        assertThat(fx.customers.findByExternalId("C7")).isPresent();
    }

    @Test
    void aCustomerTheFileNamesTwiceFollowsThePolicyAndIsNeverRejected() throws Exception {
        String rows = HEADER
                + "C1,甲,,,,,,\n"
                + "C1,甲二,制造,,,,,\n"
                + ",乙,,,,,13800138000,\n"
                + ",乙,零售,,,,138 0013 8000,\n"
                + "C3,丁,,,,,13900139000,\n"
                + ",丁,,,,,+86 139-0013-9000,\n";
        Path file = ImportFixture.write(dir, "d.csv", rows);

        ImportResult merged = fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(merged.counts()).isEqualTo(new ImportCounts(6, 3, 0, 2, 1, 0, 0));
        assertThat(merged.problems()).isEmpty();
        assertThat(fx.everything()).hasSize(3);
        Customer c1 = fx.customers.findByExternalId("C1").orElseThrow();
        assertThat(c1.name()).as("merge keeps what the earlier row wrote").isEqualTo("甲");
        assertThat(c1.industry()).as("and fills its blanks").isEqualTo("制造");
        assertThat(fx.everything()).extracting(s -> s.customer().industry()).containsExactly("制造", "零售", null);

        fx.imports.undoLast();
        assertThat(fx.everything()).isEmpty();

        ImportResult updated = fx.importCustomers(file, DuplicatePolicy.UPDATE);
        assertThat(updated.counts()).as("the mobile as the later row wrote it").isEqualTo(new ImportCounts(6, 3, 3, 0, 0, 0, 0));
        assertThat(fx.customers.findByExternalId("C1").orElseThrow().name()).isEqualTo("甲二");
        fx.imports.undoLast();

        ImportResult skipped = fx.importCustomers(file, DuplicatePolicy.SKIP);
        assertThat(skipped.counts()).isEqualTo(new ImportCounts(6, 3, 0, 0, 0, 3, 0));
        assertThat(fx.customers.findByExternalId("C1").orElseThrow().industry()).isNull();
    }

    @Test
    void aMobileThatIsNoMobileNumberIsKeptWithAWarningAndNeverMatchesAnotherCustomer() throws Exception {
        fx.store(null, "老客户", "12345", null, List.of());
        Path file = ImportFixture.write(dir, "bad-mobile.csv", HEADER
                + ",甲公司,,,,王芳,12345,\n"
                + ",乙公司,,,,李雷,12345,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0, 0, 0));
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::key)
                .containsExactly(tuple(2L, "csv.problem.invalid_mobile"), tuple(3L, "csv.problem.invalid_mobile"));
        assertThat(fx.everything()).hasSize(3);
        assertThat(fx.everything().get(1).contacts()).singleElement()
                .satisfies(c -> assertThat(c.mobile().input()).isEqualTo("12345"));
    }

    @Test
    void newCustomersGetTheRepAsOwnerUnlessTheirRowNamesOne() throws Exception {
        new org.callsheet.persistence.JooqSettingsRepository(fx.db.dsl())
                .put(org.callsheet.logic.settings.Settings.REP_NAME, "张伟");
        Customer stored = fx.store("C1", "甲", null, null, List.of());
        Path file = ImportFixture.write(dir, "owners.csv", "客户编号,客户名称,负责人\nC1,甲,\nC2,乙,\nC3,丙,李明\n");

        fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(fx.customers.findByExternalId("C1").orElseThrow().ownerRep()).as("a stored customer keeps its owner")
                .isEqualTo(stored.ownerRep());
        assertThat(fx.customers.findByExternalId("C2").orElseThrow().ownerRep()).isEqualTo("张伟");
        assertThat(fx.customers.findByExternalId("C3").orElseThrow().ownerRep()).isEqualTo("李明");
    }

    @Test
    void aSecondRowReachingTheSameStoredRecordIsMergedTooAndUndoRestoresIt() throws Exception {
        fx.store("C1", "甲", "13800138000", null, List.of());
        List<?> before = fx.everything();
        Path file = ImportFixture.write(dir, "t.csv", HEADER + "C1,甲,制造,,,,,\n,甲,,网络,新客,,13800138000,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(result.counts().merged()).isEqualTo(2);
        assertThat(result.counts().rejected()).isZero();
        Customer c1 = fx.customers.findByExternalId("C1").orElseThrow();
        assertThat(c1.source()).isEqualTo("展会");
        assertThat(c1.industry()).isEqualTo("制造");
        assertThat(c1.tags()).containsExactly("新客");

        fx.imports.undo(result.batchId().orElseThrow());
        assertThat(fx.everything()).isEqualTo(before);
    }

    @Test
    void recordsAChunkWroteAreMatchedAndChangedAgainByLaterChunksAndUndoRestoresAll() throws Exception {
        try (ImportFixture small = new ImportFixture(2)) {
            small.store("C9", "庚", "13600136000", null, List.of());
            List<?> before = small.everything();
            Path customers = ImportFixture.write(dir, "chunks.csv", HEADER
                    + "C1,甲,,,,,13800138000,\n"
                    + "C2,乙,,,,,,010-65529988\n"
                    + ",甲,制造,,,,138 0013 8000,\n"
                    + ",乙,,,,,,010 6552 9988\n"
                    + "C9,庚,零售,,,,,\n"
                    + ",庚,,,重点,,13600136000,\n");

            ImportResult result = small.importCustomers(customers, DuplicatePolicy.MERGE);

            assertThat(result.counts()).isEqualTo(new ImportCounts(6, 2, 0, 3, 1, 0, 0));
            assertThat(small.customers.findByExternalId("C1").orElseThrow().industry()).isEqualTo("制造");
            Customer c9 = small.customers.findByExternalId("C9").orElseThrow();
            assertThat(c9.industry()).isEqualTo("零售");
            assertThat(c9.tags()).containsExactly("重点");

            Path orders = ImportFixture.write(dir, "chunk-orders.csv", "订单号,客户编号,下单日期,金额,uid\n"
                    + "SO-1,C1,2025-04-13,100,0190a000-0000-7000-8000-000000000001\n"
                    + "SO-2,C2,2025-04-13,100,\n"
                    + "SO-3,C9,2025-04-14,120,0190a000-0000-7000-8000-000000000001\n");

            ImportResult ordered = small.importOrders(orders, DuplicatePolicy.UPDATE);

            assertThat(ordered.counts()).isEqualTo(new ImportCounts(3, 2, 1, 0, 0, 0, 0));
            assertThat(small.order("SO-3").amount()).isEqualByComparingTo("120");
            assertThat(small.orderCount()).isEqualTo(2);

            small.imports.undoLast();
            small.imports.undoLast();
            assertThat(small.everything()).isEqualTo(before);
        }
    }

    @Test
    void ordersReferToCustomersByExternalIdAndUnknownOnesAreRejected() throws Exception {
        fx.store("C1", "甲", null, null, List.of());
        Path file = ImportFixture.write(dir, "o.csv", "订单号,客户编号,下单日期,金额\n"
                + "SO-1,C1,2025-04-13,1200.00\n"
                + "SO-2,C404,2025-04-14,88\n");

        ImportResult result = fx.importOrders(file, DuplicatePolicy.MERGE);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 1, 0, 0, 0, 0, 1));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("客户编号");
            assertThat(p.key()).isEqualTo("csv.problem.unknown_customer");
            assertThat(p.args()).containsExactly("C404");
        });
        assertThat(fx.order("SO-1").amount()).isEqualByComparingTo("1200");
    }

    @Test
    void orderPoliciesMergeAndUpdate() throws Exception {
        fx.store("C1", "甲", null, null, List.of());
        fx.importOrders(ImportFixture.write(dir, "o1.csv", "订单号,客户编号,下单日期,金额,成本\nSO-1,C1,2025-04-13,100,\n"),
                DuplicatePolicy.MERGE);
        Path again = ImportFixture.write(dir, "o2.csv", "订单号,客户编号,下单日期,金额,成本\nSO-1,C1,2025-04-13,150,60\n");

        assertThat(fx.importOrders(again, DuplicatePolicy.MERGE).counts().merged()).isEqualTo(1);
        assertThat(fx.order("SO-1").amount()).isEqualByComparingTo("100");
        assertThat(fx.order("SO-1").cost()).isEqualByComparingTo("60");
        assertThat(fx.importOrders(again, DuplicatePolicy.UPDATE).counts().updated()).isEqualTo(1);
        assertThat(fx.order("SO-1").amount()).isEqualByComparingTo("150");
        assertThat(fx.importOrders(again, DuplicatePolicy.UPDATE).counts().unchanged()).isEqualTo(1);
    }

    @Test
    void aDryRunCountsButWritesNothing() throws Exception {
        fx.store("C1", "甲", null, null, List.of());
        List<?> before = fx.everything();
        Path file = ImportFixture.write(dir, "dry.csv", HEADER + "C1,甲,制造,,,,,\nC2,乙,,,,,,\n");

        ImportResult result = fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS).asDryRun(),
                p -> { }, () -> false);

        assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.DRY_RUN);
        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 1, 0, 1, 0, 0, 0));
        assertThat(result.batchId()).isEmpty();
        assertThat(fx.everything()).isEqualTo(before);
        assertThat(fx.store.batches(10)).isEmpty();
    }

    @Test
    void theLastProgressSaysTheImportIsFinishingWithEveryRowRead() throws Exception {
        try (ImportFixture small = new ImportFixture(2)) {
            StringBuilder text = new StringBuilder(HEADER);
            for (int i = 0; i < 7; i++) {
                text.append("C").append(i).append(",客户").append(i).append(",,,,,,\n");
            }
            Path file = ImportFixture.write(dir, "phases.csv", text.toString());
            List<ImportProgress> seen = new ArrayList<>();

            small.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS), seen::add, () -> false);

            assertThat(seen).extracting(ImportProgress::phase).containsSubsequence(ImportProgress.Phase.SCANNING,
                    ImportProgress.Phase.IMPORTING, ImportProgress.Phase.FINISHING);
            assertThat(seen.getLast().phase()).isEqualTo(ImportProgress.Phase.FINISHING);
            assertThat(seen.getLast().rowsRead()).isEqualTo(7);
        }
    }

    @Test
    void cancellingHalfWayWritesNothing() throws Exception {
        try (ImportFixture small = new ImportFixture(2)) {
            StringBuilder text = new StringBuilder(HEADER);
            for (int i = 0; i < 20; i++) {
                text.append("C").append(i).append(",客户").append(i).append(",,,,,,\n");
            }
            Path file = ImportFixture.write(dir, "cancel.csv", text.toString());
            List<ImportProgress> seen = new ArrayList<>();

            assertThatThrownBy(() -> small.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS),
                    seen::add, () -> seen.stream().anyMatch(p -> p.phase() == ImportProgress.Phase.IMPORTING
                            && p.rowsRead() >= 6)))
                    .isInstanceOf(CancellationException.class);

            assertThat(seen).anyMatch(p -> p.phase() == ImportProgress.Phase.IMPORTING && p.rowsPerSecond() > 0);
            assertThat(small.customers.count()).isZero();
            assertThat(small.store.batches(10)).isEmpty();
        }
    }

    @Test
    void rejectedRowsGoToTheErrorFileWithTheirReasons() throws Exception {
        Path file = ImportFixture.write(dir, "e.csv", HEADER + "C1,,,,,,,\nC2,乙,,,,,,\n");
        Path errors = dir.resolve("errors.csv");

        ImportResult result = fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS)
                .withErrorFile(errors, Locale.ENGLISH), p -> { }, () -> false);

        assertThat(result.errorFile()).contains(errors);
        String text = Files.readString(errors, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith("C1,,").contains("客户名称");
        assertThat(new ImportTexts(Locale.ENGLISH).summary(result))
                .isEqualTo("Imported customers: 2 rows read, 1 added, 0 updated, 0 merged, 0 unchanged, 0 skipped, 1 rejected.");
    }

    @Test
    void listenersHearOfCommittedImportsAndUndosOnly() throws Exception {
        List<Object> heard = new ArrayList<>();
        fx.imports.addListener(new ImportListener() {
            @Override
            public void afterImport(ImportResult result) {
                heard.add(result.outcome());
            }

            @Override
            public void afterUndo(UndoResult result) {
                heard.add(result.outcome());
            }
        });
        Path file = ImportFixture.write(dir, "l.csv", HEADER + "C1,甲,,,,,,\n");
        fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS).asDryRun(), p -> { }, () -> false);
        ImportResult done = fx.importCustomers(file, DuplicatePolicy.MERGE);
        fx.imports.undo(done.batchId().orElseThrow());

        assertThat(heard).containsExactly(ImportResult.Outcome.IMPORTED, UndoResult.Outcome.UNDONE);
    }

    @Test
    void theSearchIndexIsRebuiltAfterAnImportAndAnUndo() throws Exception {
        org.callsheet.logic.customers.CustomerSearchIndex index = new org.callsheet.logic.customers.CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
        fx.imports.addListener(new SearchIndexRefresh(index, fx.customers));
        ImportResult done = fx.importCustomers(ImportFixture.write(dir, "i.csv", HEADER + "C1,星辰科技,,,,,,\n"),
                DuplicatePolicy.MERGE);
        long id = fx.customers.findByExternalId("C1").orElseThrow().id();

        assertThat(index.filter(new long[] {id}, "xckj")).containsExactly(id);
        fx.imports.undo(done.batchId().orElseThrow());
        assertThat(index.filter(new long[] {id}, "xckj")).isEmpty();
    }

    @Test
    void valuesTooLongForTheDatabaseRejectTheirRowOnly() throws Exception {
        Path file = ImportFixture.write(dir, "long.csv", HEADER + "C1,甲,,,,," + "1".repeat(60) + ",\nC2," + "名".repeat(201)
                + ",,,,,,\nC3,丙,,,,,,\n");

        ImportResult result = fx.importCustomers(file, DuplicatePolicy.MERGE);

        assertThat(result.counts()).isEqualTo(new ImportCounts(3, 1, 0, 0, 0, 0, 2));
        assertThat(fx.customers.count()).isEqualTo(1);
    }

    @Test
    void aSavedMappingAndTheUsersDateOrderAreHonoured() throws Exception {
        Path file = ImportFixture.write(dir, "map.csv", "编号,公司全称,生日,联系人\nC1,星辰,03/04/1990,王芳\n");
        org.callsheet.logic.csv.MappingFile.Saved saved = new org.callsheet.logic.csv.MappingFile(
                org.callsheet.logic.csv.EntityRegistry.standard()).load(new java.io.StringReader(
                "entity=customers\ncolumn.公司全称=name\ndate.birthday=DAY_FIRST\n"));

        ImportResult result = fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS).withSavedMapping(saved),
                p -> { }, () -> false);

        assertThat(result.counts().inserted()).isEqualTo(1);
        assertThat(onlyContact(fx, "C1").birthday()).isEqualTo(java.time.LocalDate.of(1990, 4, 3));
        assertThat(fx.customers.findByExternalId("C1").orElseThrow().name()).isEqualTo("星辰");
    }

    @Test
    void anAmbiguousDateColumnIsRefusedUntilTheUserChoosesAnOrder() throws Exception {
        Path file = ImportFixture.write(dir, "amb.csv", "客户编号,客户名称,生日,联系人\nC1,甲,03/04/1990,王芳\n");
        ImportResult refused = fx.importCustomers(file, DuplicatePolicy.MERGE);
        assertThat(refused.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
        assertThat(refused.dateReports().get("birthday").needsUserChoice()).isTrue();

        ImportResult result = fx.imports.run(ImportRequest.of(file, StandardEntities.CUSTOMERS).withMapping(
                refused.mapping().orElseThrow().withDateOrder("birthday", org.callsheet.logic.csv.DayMonthOrder.MONTH_FIRST)),
                p -> { }, () -> false);

        assertThat(result.imported()).isTrue();
        assertThat(onlyContact(fx, "C1").birthday()).isEqualTo(java.time.LocalDate.of(1990, 3, 4));
    }

    static Contact onlyContact(ImportFixture fx, String externalId) {
        long id = fx.customers.findByExternalId(externalId).orElseThrow().id();
        return fx.customers.contactsOf(id).get(0);
    }
}
