package org.callsheet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.brief.StoredBriefSources;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Opportunity;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqFollowUpRepository;
import org.callsheet.persistence.JooqVisitRepository;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.persistence.JooqOpportunityRepository;

/** A private in-memory database and the command line over it, for the funnel's CLI tests. */
final class FunnelCliFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final AddressParser ADDRESSES = new AddressParser(RegionDirectory.shipped());

    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final Database db = Database.inMemory("cli-funnel-" + UUID.randomUUID());
    final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(), phones);
    final JooqOpportunityRepository opportunities = new JooqOpportunityRepository(db.dsl());
    private final ImportService imports = new ImportService(new JooqImportStore(db.dsl(), new Pinyin(), phones),
            phones, ADDRESSES::parse, CLOCK);
    private final ExportService exports = new ExportService(new JooqImportExportStore(db.dsl(), new Pinyin(), phones),
            CLOCK);
    private final Path folder;

    FunnelCliFixture(Path folder) {
        this.folder = folder;
    }

    CliRun run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    CliRun run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, database -> new Environment(), new PrintWriter(out), new PrintWriter(err),
                locale);
        return new CliRun(code, out.toString(), err.toString());
    }

    Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.getLast();
    }

    /** Customers K-1 甲公司 and K-2 乙公司. */
    void twoCustomers() throws Exception {
        CliRun run = run("import", "customers", write("customers-" + UUID.randomUUID() + ".csv",
                "客户编号,客户名称\nK-1,甲公司\nK-2,乙公司\n").toString());
        if (run.exitCode() != ExitCodes.OK) {
            throw new AssertionError(run.err());
        }
    }

    Opportunity byExternalId(String externalId) {
        return opportunities.search(OpportunityFilter.all()).stream().map(r -> r.opportunity())
                .filter(o -> externalId.equals(o.externalId())).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        db.close();
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

        @Override
        public FunnelService funnel() {
            return new FunnelService(opportunities, CLOCK.getZone());
        }

        @Override
        public SalesBriefs salesBriefs() {
            return new SalesBriefs(new StoredBriefSources(funnel(), opportunities, new JooqCallRepository(db.dsl()),
                    new JooqVisitRepository(db.dsl()), new JooqFollowUpRepository(db.dsl()), customers,
                    FunnelSettings::defaults, CLOCK), SheetFont.shipped().metrics(), CLOCK);
        }
    }
}
