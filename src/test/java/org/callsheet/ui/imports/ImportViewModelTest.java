package org.callsheet.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.callsheet.logic.csv.DayMonthOrder;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.exports.ExportRequest;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard and the export form on a real in-memory database, without a window. */
class ImportViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final Database db = Database.inMemory("ui-import-" + UUID.randomUUID());
    private final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);
    private final ImportExportTools tools = new ImportExportTools(
            new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones), phones,
                    new AddressParser(RegionDirectory.shipped())::parse, CLOCK),
            new ExportService(new JooqImportExportStore(db.dsl(), new Pinyin(), phones), CLOCK));
    private final AtomicInteger changes = new AtomicInteger();
    private final I18n english = new I18n(Language.ENGLISH);
    private final ImportViewModel model = new ImportViewModel(tools, new SameThreadTaskRunner(), english,
            changes::incrementAndGet);

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        db.close();
    }

    private int customerCount() {
        return customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT).length;
    }

    @Test
    void thePreviewSaysWhoWillOwnTheNewCustomers() throws Exception {
        Path file = folder.resolve("owners.csv");
        Files.writeString(file, "客户名称,负责人\n甲,李明\n");
        model.defaultOwnerProperty().set("王伟");

        model.open(file);
        assertThat(model.ownerNote()).contains("Owner from the column \"负责人\"; new customers whose cell is blank"
                + " get you (王伟).");

        model.mapColumn(1, null);
        assertThat(model.ownerNote()).contains("New customers get you (王伟) as their owner; map an owner column to set"
                + " it per row.");
    }

    @Test
    void aGb18030FileWithChineseHeadersIsDetectedMappedAndPreviewed() throws Exception {
        Path file = folder.resolve("客户.csv");
        Files.writeString(file, "客户名称,手机,备用\n深圳星辰科技,13800138000,x\n广州明月贸易,13900139000,y\n",
                Charset.forName("GB18030"));

        model.open(file);

        assertThat(model.readAsProperty().get()).isEqualTo("Read as GB18030; columns separated by commas.");
        assertThat(model.mappingProperty().get().fieldOf(0)).contains("name");
        assertThat(model.mappingProperty().get().fieldOf(1)).contains("mobile");
        assertThat(model.mappingProperty().get().fieldOf(2)).isEmpty();
        assertThat(model.previewRows()).hasSize(2);
        assertThat(model.previewRows().getFirst()).containsExactly("深圳星辰科技", "13800138000", "x");
        assertThat(model.ready()).isTrue();
    }

    @Test
    void aLanguageChangeKeepsTheFileMappingPreviewAndResultAndOnlyRelabels() throws Exception {
        Path file = folder.resolve("c.csv");
        Files.writeString(file, "客户名称,手机,备用\n甲公司,13800138000,x\n", StandardCharsets.UTF_8);
        model.open(file);
        model.mapColumn(2, "notes");
        model.check();
        var mapping = model.mappingProperty().get();
        String englishMessage = model.messageProperty().get();
        assertThat(englishMessage).isNotBlank();

        model.relabel(new I18n(Language.SIMPLIFIED_CHINESE));

        assertThat(model.fileProperty().get()).isEqualTo(file);
        assertThat(model.mappingProperty().get()).isSameAs(mapping);
        assertThat(model.mappingProperty().get().fieldOf(2)).contains("notes");
        assertThat(model.previewRows()).singleElement().satisfies(r -> assertThat(r).contains("甲公司"));
        assertThat(model.resultProperty().get()).isNotNull();
        assertThat(model.readAsProperty().get()).doesNotContain("Read as").contains("UTF-8");
        assertThat(model.messageProperty().get()).isNotBlank().isNotEqualTo(englishMessage);
        assertThat(model.ready()).isTrue();
    }

    @Test
    void ignoringTheRequiredColumnBlocksTheImportWithAReason() throws Exception {
        Path file = folder.resolve("c.csv");
        Files.writeString(file, "客户名称,手机\n甲公司,13800138000\n", StandardCharsets.UTF_8);
        model.open(file);

        model.mapColumn(0, null);

        assertThat(model.ready()).isFalse();
        assertThat(model.blocker()).hasValueSatisfying(text -> assertThat(text).isNotBlank());
        model.mapColumn(0, "name");
        assertThat(model.ready()).isTrue();
    }

    @Test
    void anAmbiguousDateColumnNeedsTheUsersChoice() throws Exception {
        Files.writeString(folder.resolve("c.csv"), "客户编号,客户名称\nK-1,甲公司\n", StandardCharsets.UTF_8);
        model.open(folder.resolve("c.csv"));
        model.importFile();
        Path orders = folder.resolve("o.csv");
        Files.writeString(orders, "订单号,客户编号,下单日期,金额\nSO-1,K-1,03/04/2025,100\n", StandardCharsets.UTF_8);
        model.entityProperty().set(StandardEntities.ORDERS);

        model.open(orders);

        assertThat(model.dateColumns()).singleElement().satisfies(d -> assertThat(d.needsChoice()).isTrue());
        assertThat(model.ready()).isFalse();
        model.dateColumns().getFirst().order().set(DayMonthOrder.DAY_FIRST);
        assertThat(model.ready()).isTrue();
        model.importFile();
        assertThat(model.resultProperty().get().counts().inserted()).isEqualTo(1);
        long id = customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)[0];
        assertThat(customers.ordersOf(id).getFirst().date()).hasToString("2025-04-03");
    }

    @Test
    void checkSavesNothingThenImportShowsProblemsAndUndoTakesItBack() throws Exception {
        Path file = folder.resolve("c.csv");
        Files.writeString(file, "客户编号,客户名称\nK-1,甲公司\nK-2,\nK-3,丙公司\n", StandardCharsets.UTF_8);
        model.open(file);

        model.check();
        assertThat(model.resultProperty().get().outcome()).isEqualTo(ImportResult.Outcome.DRY_RUN);
        assertThat(model.resultProperty().get().counts().inserted()).isEqualTo(2);
        assertThat(customerCount()).isZero();
        assertThat(changes).hasValue(0);

        model.policyProperty().set(DuplicatePolicy.UPDATE);
        model.importFile();
        assertThat(customerCount()).isEqualTo(2);
        assertThat(changes).hasValue(1);
        assertThat(model.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(3));
        assertThat(model.texts().problem(model.problems().getFirst())).contains("Row 3");
        assertThat(model.reason(model.problems().getFirst())).doesNotContain("Row 3").isNotBlank();
        assertThat(model.messageProperty().get()).contains("2 added");
        assertThat(model.history()).singleElement().satisfies(b -> assertThat(b.undone()).isFalse());

        Path errors = folder.resolve("errors.csv");
        model.saveErrorFile(errors);
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("K-2");

        model.undoThis();
        assertThat(customerCount()).isZero();
        assertThat(changes).hasValue(2);
        assertThat(model.history()).singleElement().satisfies(b -> assertThat(b.undone()).isTrue());
        model.undoLast();
        assertThat(model.messageProperty().get()).isEqualTo("There is no import to undo.");
    }

    @Test
    void aSavedMappingIsAppliedToTheNextFile() throws Exception {
        Path file = folder.resolve("c.csv");
        Files.writeString(file, "Firma,Handy\n甲公司,13800138000\n", StandardCharsets.UTF_8);
        model.open(file);
        model.mapColumn(0, "name");
        model.mapColumn(1, "mobile");
        Path mapping = folder.resolve("mapping.properties");
        model.saveMapping(mapping);

        ImportViewModel again = new ImportViewModel(tools, new SameThreadTaskRunner(), english, () -> { });
        again.open(file);
        assertThat(again.mappingProperty().get().fieldOf(0)).isEmpty();
        again.loadMapping(mapping);
        assertThat(again.mappingProperty().get().fieldOf(0)).contains("name");
        assertThat(again.mappingProperty().get().fieldOf(1)).contains("mobile");
    }

    @Test
    void exportWritesTheChosenEncodingAndHeaders() throws Exception {
        Files.writeString(folder.resolve("c.csv"), "客户编号,客户名称\nK-1,甲公司\n", StandardCharsets.UTF_8);
        model.open(folder.resolve("c.csv"));
        model.importFile();
        ExportViewModel export = new ExportViewModel(tools, new SameThreadTaskRunner(), english);
        export.encodingProperty().set(ExportRequest.Encoding.GB18030);
        export.headersProperty().set(ExportRequest.Headers.ZH);
        Path out = folder.resolve("out.csv");

        export.export(out);

        assertThat(export.messageProperty().get()).startsWith("Exported 1 rows");
        List<String> lines = Files.readAllLines(out, Charset.forName("GB18030"));
        assertThat(lines.getFirst()).contains("客户");
        assertThat(lines.get(1)).contains("甲公司");
    }

    @Test
    void callsAreImportedThroughTheWizardAndExportedWithTheirFollowUps() throws Exception {
        Files.writeString(folder.resolve("c.csv"), "客户编号,客户名称\nK-1,甲公司\n", StandardCharsets.UTF_8);
        model.open(folder.resolve("c.csv"));
        model.importFile();
        Path calls = folder.resolve("通话.csv");
        Files.writeString(calls, "客户编号,通话时间,时长,结果,下一步,回访时间\n"
                + "K-1,20/11/2026 10:00,60,稍后再打,再约,30/11/2026 09:00\n", StandardCharsets.UTF_8);
        model.entityProperty().set(StandardEntities.CALLS);

        model.open(calls);

        assertThat(model.mappingProperty().get().fieldOf(1)).contains("started_at");
        assertThat(model.dateColumns()).extracting(ImportViewModel.DateColumn::fieldId).containsExactly("started_at", "follow_up_at");
        assertThat(model.ready()).isTrue();
        model.importFile();
        assertThat(model.resultProperty().get().counts().inserted()).isEqualTo(1);

        ExportViewModel export = new ExportViewModel(tools, new SameThreadTaskRunner(), english);
        export.entityProperty().set(StandardEntities.REMINDERS_ID);
        Path out = folder.resolve("reminders.csv");
        export.export(out);
        assertThat(export.messageProperty().get()).startsWith("Exported 1 rows");
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(1)).contains(",K-1,,call,2026-11-30 09:00:00,open,,再约,");
    }
}
