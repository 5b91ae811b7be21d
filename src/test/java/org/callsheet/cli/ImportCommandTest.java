package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callsheet import} and {@code callsheet export} in-process on a real in-memory database. */
class ImportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final AddressParser ADDRESSES = new AddressParser(RegionDirectory.shipped());

    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final Database db = Database.inMemory("cli-import-" + UUID.randomUUID());
    private final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);
    private final ImportService imports = new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones),
            phones, ADDRESSES::parse, CLOCK);
    private final ExportService exports = new ExportService(new JooqImportExportStore(db.dsl(), new Pinyin(), phones),
            CLOCK);

    @TempDir
    Path folder;

    @AfterEach
    void close() {
        db.close();
    }

    private CliRun run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, database -> new Environment(), new PrintWriter(out), new PrintWriter(err),
                locale);
        return new CliRun(code, out.toString(), err.toString());
    }

    private CliRun run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private long customerCount() {
        return customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT).length;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.getLast();
    }

    @Test
    void importsCustomersAndPrintsTheCountsLine() throws Exception {
        Path file = write("customers.csv", "客户编号,客户名称,手机\nK-1,甲公司,13800138000\nK-2,乙公司,13900139000\n");

        CliRun run = run("import", "customers", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(run.out())).isEqualTo("read=2 inserted=2 updated=0 merged=0 rejected=0");
        assertThat(run.err()).contains("Importing: 2 rows").contains("rows/s");
        assertThat(customerCount()).isEqualTo(2);
    }

    @Test
    void rejectedRowsExitOneAndLandInTheErrorFile() throws Exception {
        Path file = write("customers.csv", "客户编号,客户名称,邮箱\nK-1,甲公司,a@b.cn\nK-2,,x@y.cn\nK-3,丙公司,not-an-email\n");
        Path errors = folder.resolve("errors.csv");

        CliRun run = run("import", "customers", file.toString(), "--errors", errors.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(lastLine(run.out())).startsWith("read=3 inserted=").endsWith("rejected=1");
        assertThat(run.err()).contains("Row 3");
        List<String> errorLines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertThat(errorLines).anySatisfy(line -> assertThat(line).contains("K-2"));
    }

    @Test
    void reasonsAreInTheUsersLanguage() throws Exception {
        Path file = write("customers.csv", "客户编号,客户名称\nK-1,甲公司\nK-2,\n");

        CliRun run = run(Locale.SIMPLIFIED_CHINESE, "import", "customers", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).contains("第 3 行");
    }

    @Test
    void anUnreadableFileExitsTwoAndWritesNothing() {
        CliRun run = run("import", "customers", folder.resolve("missing.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("missing.csv").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(customerCount()).isZero();
        assertThat(imports.history(10)).isEmpty();
    }

    @Test
    void aFileWithoutTheRequiredColumnExitsTwo() throws Exception {
        Path file = write("customers.csv", "手机,邮箱\n13800138000,a@b.cn\n");

        CliRun run = run("import", "customers", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .startsWith("The file was not imported, nothing was saved: ").contains("\"Customer name\"");
        assertThat(customerCount()).isZero();
    }

    @Test
    void aDryRunCountsButSavesNothing() throws Exception {
        Path file = write("customers.csv", "客户编号,客户名称\nK-1,甲公司\nK-2,乙公司\n");

        CliRun run = run("import", "customers", file.toString(), "--dry-run");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(run.out())).isEqualTo("read=2 inserted=2 updated=0 merged=0 rejected=0");
        assertThat(customerCount()).isZero();
        assertThat(imports.history(10)).isEmpty();
    }

    @Test
    void anAmbiguousDateColumnStopsUntilTheOrderIsGiven() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称\nK-1,甲公司\n").toString());
        Path orders = write("orders.csv", "订单号,客户编号,下单日期,金额\nSO-1,K-1,03/04/2025,100\nSO-2,K-1,05/06/2025,50\n");

        CliRun refused = run("import", "orders", orders.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("\"下单日期\"").contains("--date-order dmy");
        assertThat(customers.ordersOf(customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)[0]))
                .isEmpty();

        CliRun done = run("import", "orders", orders.toString(), "--date-order", "dmy");
        assertThat(done.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(done.out())).isEqualTo("read=2 inserted=2 updated=0 merged=0 rejected=0");
        long id = customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)[0];
        assertThat(customers.ordersOf(id)).extracting(o -> o.date().toString())
                .containsExactlyInAnyOrder("2025-04-03", "2025-06-05");
    }

    @Test
    void undoRemovesTheLastImportAndThenRefusesInOneSentence() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称\nK-1,甲公司\n").toString());
        assertThat(customerCount()).isEqualTo(1);

        CliRun dryUndo = run("import", "--undo", "--dry-run");
        assertThat(dryUndo.exitCode()).as("an undo cannot be tried out: refused, nothing undone")
                .isEqualTo(ExitCodes.USAGE);
        assertThat(dryUndo.errLines()).hasSize(1);
        assertThat(customerCount()).isEqualTo(1);

        CliRun undo = run("import", "--undo");
        assertThat(undo.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(customerCount()).isZero();
        assertThat(lastLine(undo.out())).startsWith("undone=");

        CliRun again = run("import", "--undo");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.errLines()).containsExactly("There is no import to undo.");

        CliRun unknown = run("import", "--undo", "999");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.errLines()).containsExactly("There is no import 999.");
    }

    @Test
    void anExportImportsBackWithoutChanges() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称,手机,标签\nK-1,甲公司,13800138000,重点\n"
                + "K-2,乙公司,13900139000,\n").toString());
        run("import", "orders", write("o.csv", "订单号,客户编号,下单日期,金额\nSO-1,K-1,2025-04-03,100\n").toString());
        Path customersOut = folder.resolve("out-customers.csv");
        Path ordersOut = folder.resolve("out-orders.csv");

        CliRun export = run("export", "customers", customersOut.toString(), "--encoding", "GB18030", "--header", "zh");
        assertThat(export.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(export.out())).isEqualTo("exported=2");
        assertThat(Files.readString(customersOut, Charset.forName("GB18030"))).contains("甲公司");
        assertThat(run("export", "orders", ordersOut.toString()).out().strip()).isEqualTo("exported=1");

        CliRun back = run("import", "customers", customersOut.toString(), "--encoding", "GB18030",
                "--on-duplicate", "update");
        assertThat(back.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(back.out())).isEqualTo("read=2 inserted=0 updated=0 merged=0 rejected=0");
        CliRun ordersBack = run("import", "orders", ordersOut.toString());
        assertThat(lastLine(ordersBack.out())).isEqualTo("read=1 inserted=0 updated=0 merged=0 rejected=0");
    }

    @Test
    void badUsageIsOneSentence() {
        assertThat(run("import", "suppliers", "x.csv").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("import", "customers", "x.csv", "--on-duplicate", "replace").errLines()).hasSize(1);
        assertThat(run("export", "customers", "x.csv", "--since", "yesterday").exitCode()).isEqualTo(ExitCodes.USAGE);
        CliRun quotes = run("export", "quotes", folder.resolve("v.csv").toString());
        assertThat(quotes.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(quotes.errLines()).hasSize(1);
        assertThat(quotes.err()).contains("calls, visits, opportunities or reminders");
        assertThat(run("import", "reminders", "x.csv").exitCode()).as("reminders are export only")
                .isEqualTo(ExitCodes.USAGE);
    }

    private static final String CALL_HEADER = "external_id,customer_external_id,contact,phone,started_at,duration_s,"
            + "direction,outcome,needs,attitude,visit_opportunity,visit_date,notes,next_step,follow_up_at\n";

    @Test
    void importsCallsAndExportsCallsRemindersAndContactsThatImportBackUnchanged() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称,联系人,手机\nK-1,甲公司,李雷,13800138000\n")
                .toString());
        Path calls = write("calls.csv", CALL_HEADER
                + "T-1,K-1,李雷,13800138000,2026-11-20 10:00,125,呼出,已接通,要报价,积极,是,2026-12-01,,寄样品,"
                + "2026-11-30 09:00\n"
                + "T-2,K-1,,13800138000,2026-11-21 10:00,0,,无人接听,,,,,,,\n");

        CliRun imported = run("import", "calls", calls.toString());
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(imported.out())).isEqualTo("read=2 inserted=2 updated=0 merged=0 rejected=0");

        Path callsOut = folder.resolve("out-calls.csv");
        CliRun exported = run("export", "calls", callsOut.toString(), "--header", "zh", "--encoding", "GB18030");
        assertThat(exported.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(exported.out())).isEqualTo("exported=2");
        assertThat(Files.readString(callsOut, Charset.forName("GB18030"))).startsWith("通话编号,客户编号,联系人,电话,通话时间");
        CliRun back = run("import", "calls", callsOut.toString(), "--encoding", "GB18030", "--on-duplicate", "update");
        assertThat(back.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(back.out())).isEqualTo("read=2 inserted=0 updated=0 merged=0 rejected=0");

        Path reminders = folder.resolve("reminders.csv");
        assertThat(lastLine(run("export", "reminders", reminders.toString(), "--since", "2026-11-23").out()))
                .isEqualTo("exported=1");
        assertThat(Files.readString(reminders)).contains("2026-11-30 09:00:00,open");
        Path contacts = folder.resolve("contacts.csv");
        assertThat(lastLine(run("export", "contacts", contacts.toString()).out())).isEqualTo("exported=1");
        CliRun contactsBack = run("import", "contacts", contacts.toString());
        assertThat(contactsBack.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(contactsBack.out())).isEqualTo("read=1 inserted=0 updated=0 merged=0 rejected=0");
    }

    @Test
    void callsOfUnknownCustomersExitOneNamingRowAndColumnAndTheUndoRemovesTheRest() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称\nK-1,甲公司\n").toString());
        Path calls = write("calls.csv", CALL_HEADER + ",K-1,,,2026-11-20 10:00,60,,connected,,,,,,,\n"
                + ",K-9,,,2026-11-20 11:00,60,,connected,,,,,,,\n");

        CliRun run = run("import", "calls", calls.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(lastLine(run.out())).isEqualTo("read=2 inserted=1 updated=0 merged=0 rejected=1");
        assertThat(run.err()).contains("Row 3, column \"customer_external_id\"").contains("K-9");
        long id = customers.findIds(CustomerFilter.ALL, CustomerSort.DEFAULT)[0];
        CliRun dryUndo = run("import", "--undo", "--dry-run");
        assertThat(dryUndo.exitCode()).as("an undo cannot be tried out: refused, nothing undone")
                .isEqualTo(ExitCodes.USAGE);
        assertThat(dryUndo.errLines()).hasSize(1);
        assertThat(customerCount()).isEqualTo(1);

        CliRun undo = run("import", "--undo");
        assertThat(undo.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(undo.out())).endsWith("removed=1");
        assertThat(customers.findById(id)).isPresent();
    }

    @Test
    void visitsImportExportBackUnchangedAndAnUnknownCustomerExitsOneAndUndoRemovesTheRest() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称\nK-1,甲公司\n").toString());
        Path visits = write("visits.csv", "客户编号,日期,计划到达,完成时间,结果,目的,备注,下一步\n"
                + "K-1,2026-11-20,09:30,2026-11-20 10:05,见到客户,送样品,要报价,寄合同\n"
                + "K-1,2026-11-25,14:00,,,回访,,\n"
                + "K-9,2026-11-26,,,,,,\n");
        Path errors = folder.resolve("visit-errors.csv");

        CliRun dry = run("import", "visits", visits.toString(), "--dry-run");
        assertThat(lastLine(dry.out())).isEqualTo("read=3 inserted=2 updated=0 merged=0 rejected=1");
        assertThat(imports.history(10)).as("a dry run records no batch").hasSize(1);

        CliRun imported = run("import", "visits", visits.toString(), "--errors", errors.toString());
        assertThat(imported.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(lastLine(imported.out())).isEqualTo("read=3 inserted=2 updated=0 merged=0 rejected=1");
        assertThat(imported.err()).contains("Row 4, column \"客户编号\"").contains("K-9");
        assertThat(Files.readAllLines(errors, StandardCharsets.UTF_8)).anySatisfy(l -> assertThat(l).contains("K-9"));

        Path out = folder.resolve("out-visits.csv");
        CliRun exported = run("export", "visits", out.toString());
        assertThat(exported.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(exported.out())).isEqualTo("exported=2");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFuid,customer_external_id,date,planned_arrival,done_at,outcome,"
                + "purpose,notes,next_step");
        assertThat(lines.get(1)).endsWith(",K-1,2026-11-20,09:30,2026-11-20 10:05:00,met,送样品,要报价,寄合同");
        CliRun back = run("import", "visits", out.toString(), "--on-duplicate", "update");
        assertThat(back.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(back.out())).isEqualTo("read=2 inserted=0 updated=0 merged=0 rejected=0");

        CliRun dryUndo = run("import", "--undo", "--dry-run");
        assertThat(dryUndo.exitCode()).as("an undo cannot be tried out: refused, nothing undone")
                .isEqualTo(ExitCodes.USAGE);
        assertThat(dryUndo.errLines()).hasSize(1);
        assertThat(customerCount()).isEqualTo(1);

        CliRun undo = run("import", "--undo");
        assertThat(undo.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(lastLine(undo.out())).endsWith("removed=0");
        CliRun undoVisits = run("import", "--undo");
        assertThat(lastLine(undoVisits.out())).endsWith("removed=2");
        assertThat(lastLine(run("export", "visits", out.toString()).out())).isEqualTo("exported=0");
    }

    @Test
    void aCallFileWithoutOutcomesExitsTwoAndWritesNothing() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称\nK-1,甲公司\n").toString());
        Path calls = write("calls.csv", "customer_external_id,started_at\nK-1,2026-11-20 10:00\n");

        CliRun run = run("import", "calls", calls.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Outcome");
        assertThat(imports.history(10)).hasSize(1);
    }

    private final class Environment implements CliEnvironment {
        @Override
        public BulkCustomerWriter bulkWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public CustomerRepository customers() {
            return customers;
        }

        @Override
        public Clock clock() {
            return CLOCK;
        }

        @Override
        public String defaultRepName() {
            return "张伟";
        }

        @Override
        public ImportService imports() {
            return imports;
        }

        @Override
        public ExportService exports() {
            return exports;
        }
    }

    @Test
    void aMappingOfAnotherKindAMissingMappingAndAnErrorFileInNoFolderAreRefusedBeforeImporting() throws Exception {
        Path csv = write("c.csv", "客户编号,客户名称\nK-1,甲公司\n");
        Path orderMapping = write("orders.properties", "entity=orders\n");

        CliRun otherKind = run("import", "customers", csv.toString(), "--map", orderMapping.toString());
        CliRun missing = run("import", "customers", csv.toString(), "--map", folder.resolve("none.properties").toString());
        Path errors = folder.resolve("no-such-folder").resolve("errors.csv");
        CliRun noFolder = run("import", "customers", csv.toString(), "--errors", errors.toString());

        assertThat(otherKind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(otherKind.errLines()).containsExactly("The mapping file " + orderMapping
                + " is for orders, not customers; nothing was imported.");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.errLines()).containsExactly("Could not read the mapping file "
                + folder.resolve("none.properties") + ": there is no such file; nothing was imported.");
        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFolder.errLines()).containsExactly("The error file " + errors + " cannot be written: the folder "
                + errors.getParent() + " does not exist; nothing was imported.");
        assertThat(customerCount()).isZero();
    }

    @Test
    void anExportIntoAFolderThatIsNotThereIsRefusedAndNoFolderIsMade() throws Exception {
        run("import", "customers", write("c.csv", "客户编号,客户名称\nK-1,甲公司\n").toString());
        Path missing = folder.resolve("no-such").resolve("deeper").resolve("out.csv");
        Path aFile = write("plain.csv", "x\n");

        CliRun noFolder = run("export", "customers", missing.toString());
        CliRun fileAsFolder = run("export", "customers", aFile.resolve("out.csv").toString());

        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFolder.errLines()).singleElement().asString().endsWith(": the folder " + missing.getParent()
                + " does not exist.");
        assertThat(folder.resolve("no-such")).doesNotExist();
        assertThat(fileAsFolder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(fileAsFolder.errLines()).singleElement().asString().endsWith(": " + aFile
                + " is a file, not a folder.");
    }
}
