package org.callsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.reminders.ChecklistKind;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.settings.StartupCopy;
import org.callsheet.model.Attitude;
import org.callsheet.model.Call;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.callsheet.persistence.Database;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Makes the schema-upgrade fixture of a release (ADR 39): a small book written through the app's
 * own services — demo customers with contacts, orders and birthdays; an import of three customers
 * and one that updates one of them (their batches kept for undo); calls with their follow-ups; a
 * follow-up done; visits planned and logged; opportunities moved through stages (their history);
 * the classification with a manual status; a ticked checklist item; the settings — zipped, with the
 * row count of every table beside it. Runs only when asked:
 * <pre>
 * mvn -B test -Dtest=ReleaseFixtureMaker -Dfixture.release=14.1
 * </pre>
 * which writes {@code src/test/resources/upgrade/release-14.1.zip} and {@code release-14.1.counts}.
 * {@link ReleaseFixtureUpgradeTest} opens every fixture with the current code.
 */
@EnabledIfSystemProperty(named = "fixture.release", matches = ".+")
class ReleaseFixtureMaker {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final String IMPORTED = """
            客户编号,客户名称,联系人,手机,固定电话,详细地址,所属行业,备注
            FIX-1,上海申达贸易有限公司,张敏,13916012345,021-62345678,上海市静安区南京西路1266号,批发,"老客户，春节前要报价"
            FIX-2,杭州云栖软件有限公司,李强,13857112345,0571-88001234,浙江省杭州市西湖区文三路90号,软件,
            FIX-3,广州华南五金店,陈芳,13802212345,,广东省广州市越秀区中山五路33号,零售,只在上午接电话
            """;

    @TempDir
    Path work;

    @Test
    void makeTheFixtureOfThisRelease() throws Exception {
        String release = System.getProperty("fixture.release");
        Path folder = Path.of("src/test/resources/upgrade");
        Files.createDirectories(folder);
        Path database = work.resolve("callsheet");
        try (AppContext context = new AppContext(database, Database.open(database), CLOCK, StartupCopy.NONE)) {
            fill(context);
        }
        Path zip = folder.resolve("release-" + release + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("callsheet.mv.db"));
            Files.copy(work.resolve("callsheet.mv.db"), out);
            out.closeEntry();
        }
        TreeMap<String, Long> counts;
        try (Database db = Database.open(database)) {
            counts = tableCounts(db.dsl());
        }
        StringBuilder text = new StringBuilder("# Rows per table of release-" + release + ".zip (ReleaseFixtureMaker)\n");
        counts.forEach((table, rows) -> text.append(table).append('=').append(rows).append('\n'));
        Files.writeString(folder.resolve("release-" + release + ".counts"), text, StandardCharsets.UTF_8);
        assertThat(counts).containsEntry("customer", 23L);
    }

    /** Every table's row count, by lower-case name, Flyway's own history left out. */
    static TreeMap<String, Long> tableCounts(DSLContext dsl) {
        TreeMap<String, Long> counts = new TreeMap<>();
        for (String table : dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").getValues(0, String.class)) {
            if (!table.equals("flyway_schema_history")) {
                counts.put(table.toLowerCase(java.util.Locale.ROOT),
                        dsl.fetchOne("SELECT COUNT(*) FROM \"" + table + "\"").get(0, Long.class));
            }
        }
        return counts;
    }

    private void fill(AppContext context) throws Exception {
        context.settings.put(Settings.REP_NAME, "王伟");
        context.settings.put(Settings.LANGUAGE, "zh-CN");
        context.settings.put(Settings.SETUP_DONE, "true");
        new DemoDataGenerator(context.regions(), context.phones, context.pinyin, CLOCK)
                .generate(20, 7, DemoDataGenerator.teamWith("王伟"), context.bulkWriter, (done, total) -> { },
                        () -> false);
        Path csv = work.resolve("customers.csv");
        Files.writeString(csv, IMPORTED);
        context.imports().run(ImportRequest.of(csv, StandardEntities.CUSTOMERS).withPolicy(DuplicatePolicy.MERGE),
                progress -> { }, () -> false);
        Path update = work.resolve("update.csv");
        Files.writeString(update, "客户编号,客户名称,所属行业\nFIX-3,广州华南五金店,五金批发\n");
        context.imports().run(ImportRequest.of(update, StandardEntities.CUSTOMERS).withPolicy(DuplicatePolicy.UPDATE),
                progress -> { }, () -> false);
        long shenda = context.customers.findByExternalId("FIX-1").orElseThrow().id();
        long yunqi = context.customers.findByExternalId("FIX-2").orElseThrow().id();
        long huanan = context.customers.findByExternalId("FIX-3").orElseThrow().id();

        Instant now = CLOCK.instant();
        Call connected = Call.builder("c0a1f1e5-0000-4000-8000-000000000001").customer(shenda, null)
                .number("13916012345").direction(CallDirection.OUTGOING).time(now.minus(Duration.ofHours(3)), 312)
                .outcome(CallOutcome.CONNECTED, null)
                .findings("春节前要500箱礼盒", Attitude.POSITIVE, 4, "张经理说预算已批", "周五前发报价")
                .visit(true, LocalDate.of(2026, 12, 8)).caller("王伟").stamps(now, now).build();
        context.calls.logWithFollowUp(connected, now.plus(Duration.ofDays(2)));
        Call noAnswer = Call.builder("c0a1f1e5-0000-4000-8000-000000000002").customer(huanan, null)
                .number("13802212345").direction(CallDirection.OUTGOING).time(now.minus(Duration.ofHours(1)), 0)
                .outcome(CallOutcome.NO_ANSWER, null).findings("", null, null, "", "").visit(false, null)
                .caller("王伟").stamps(now, now).build();
        context.calls.logWithFollowUp(noAnswer, now.plus(Duration.ofHours(1)));
        FollowUp planned = context.calls.followUps().plan(yunqi, null, FollowUpKind.CALL, now.minus(Duration.ofDays(1)),
                "问合同进度");
        context.calls.followUps().complete(planned.id());

        Visit visit = context.visits().plan(shenda, LocalDate.of(2026, 11, 28), VisitReason.ADDED_BY_HAND, "送样品");
        context.visits().log(visit.id(), new VisitReport(now.minus(Duration.ofDays(3)), VisitOutcome.MET,
                "要看新包装", "仓库在二楼", "寄合同"));
        context.visits().plan(yunqi, LocalDate.of(2026, 12, 3), VisitReason.CALL_OPPORTUNITY, "演示新版本");

        Opportunity won = context.opportunities.open(shenda, new OpportunityTerms("春节礼盒500箱",
                new BigDecimal("86000.00"), "王伟", OpportunitySource.CALL, LocalDate.of(2027, 1, 15), "发报价", ""),
                Stage.LEAD);
        context.opportunities.moveTo(won.id(), Stage.QUOTE);
        context.opportunities.moveTo(won.id(), Stage.CONTRACT);
        context.opportunities.win(won.id());
        Opportunity open = context.opportunities.open(yunqi, new OpportunityTerms("年度维护合同",
                new BigDecimal("12800.50"), "王伟", OpportunitySource.VISIT, LocalDate.of(2027, 3, 31), "约演示",
                "要三家比价"), Stage.OPPORTUNITY);
        context.opportunities.moveTo(open.id(), Stage.QUOTE);

        context.classification.reclassifyAll(context.classification.today(), ClassificationProgress.NONE,
                () -> false);
        context.classification.override(huanan, CustomerStatus.PROSPECT, "新店开张，先培养");
        context.calls.agenda().tick(LocalDate.now(CLOCK), ChecklistKind.THANK_YOU, shenda);
    }
}
