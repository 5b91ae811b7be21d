package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.EncodingDetector;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.exports.ExportRequest;
import org.callsheet.model.Customer;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitOutcome;
import org.callsheet.model.VisitReason;
import org.callsheet.model.VisitReport;
import org.callsheet.model.VisitSlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visits out to CSV and back. */
class VisitRoundTripTest {
    private final ImportFixture source = new ImportFixture();
    private Customer jia;
    private Customer noExternalId;
    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        jia = source.store("C-001", "甲公司", "13800138000", null, List.of());
        noExternalId = source.store(null, "张三", "13900139000", null, List.of());
        visit(jia.id(), new VisitSlot(LocalDate.of(2026, 11, 20), 2, LocalTime.of(9, 30), false, null, false),
                "=送样品,\"急\"", new VisitReport(at("2026-11-20T10:05:07.5"), VisitOutcome.MET, "要报价",
                        "多行\n备注", "-寄合同"));
        visit(jia.id(), new VisitSlot(LocalDate.of(2026, 11, 27), 1, LocalTime.of(14, 0), true, 45, true),
                "回访", null);
        visit(noExternalId.id(), VisitSlot.on(LocalDate.of(2026, 11, 28)), null,
                new VisitReport(at("2026-11-28T16:00"), VisitOutcome.NOT_MET, null, null, null));
    }

    @AfterEach
    void close() {
        source.close();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ImportFixture.CLOCK.getZone()).toInstant();
    }

    private void visit(long customerId, VisitSlot slot, String purpose, VisitReport report) {
        source.visits.insert(new Visit(null, UUID.randomUUID().toString(), customerId, slot, VisitReason.CHURN_WARNING,
                purpose, Optional.ofNullable(report), ImportFixture.NOW, ImportFixture.NOW));
    }

    private Path export(ExportRequest request) {
        source.exports.export(request, n -> { }, () -> false);
        return request.file();
    }

    /** What a visit file carries: everything but ids, stamps, route place, reason and needs. */
    private static List<String> comparable(ImportFixture fx) {
        return fx.allVisits().stream().map(v -> String.join("|", v.uid(),
                fx.customers.findById(v.customerId()).orElseThrow().uid(), v.slot().date().toString(),
                String.valueOf(v.slot().plannedArrival()), v.purpose(),
                v.report().map(r -> r.doneAt() + "|" + r.outcome() + "|" + r.notes() + "|" + r.nextStep())
                        .orElse("not done"))).toList();
    }

    private ImportFixture withSameCustomers() {
        Path customers = export(ExportRequest.of(StandardEntities.CUSTOMERS_ID, dir.resolve("c.csv")));
        ImportFixture target = new ImportFixture();
        assertThat(target.importCustomers(customers, DuplicatePolicy.MERGE).counts().inserted()).isEqualTo(2);
        return target;
    }

    @Test
    void exportedVisitsImportedIntoADatabaseWithTheSameCustomersAreTheSameVisits() {
        Path visits = export(ExportRequest.of(StandardEntities.VISITS_ID, dir.resolve("visits.csv")));

        try (ImportFixture target = withSameCustomers()) {
            ImportResult result = target.importVisits(visits, DuplicatePolicy.MERGE);

            assertThat(result.counts().inserted()).isEqualTo(3);
            assertThat(result.problems()).isEmpty();
            assertThat(comparable(target)).isEqualTo(comparable(source));
        }
    }

    @Test
    void reimportingAnExportOfTheSameDatabaseChangesNothing() {
        Path visits = export(ExportRequest.of(StandardEntities.VISITS_ID, dir.resolve("visits.csv")));
        List<Visit> before = source.allVisits();

        for (DuplicatePolicy policy : DuplicatePolicy.values()) {
            ImportCounts again = source.importVisits(visits, policy).counts();
            assertThat(again.inserted() + again.updated() + again.merged() + again.rejected()).as(policy.name())
                    .isZero();
        }
        assertThat(source.allVisits()).isEqualTo(before);
    }

    @Test
    void chineseHeadersInGb18030ReadBackToo() throws Exception {
        Path visits = export(ExportRequest.of(StandardEntities.VISITS_ID, dir.resolve("visits-zh.csv"))
                .gb18030().chineseHeaders());
        String header = new String(Files.readAllBytes(visits), EncodingDetector.GB18030).lines().findFirst()
                .orElseThrow();
        assertThat(header).isEqualTo("唯一标识,客户编号,日期,计划到达,完成时间,结果,目的,备注,下一步");

        try (ImportFixture target = withSameCustomers()) {
            ImportResult result = target.imports.run(ImportRequest.of(visits, StandardEntities.VISITS)
                    .withReadOptions(CsvReadOptions.defaults().withEncoding(EncodingDetector.GB18030)), p -> { },
                    () -> false);
            assertThat(result.counts().inserted()).isEqualTo(3);
            assertThat(comparable(target)).isEqualTo(comparable(source));
        }
    }

    @Test
    void visitCellsAreWrittenInTheDocumentedForms() throws Exception {
        Path visits = export(ExportRequest.of(StandardEntities.VISITS_ID, dir.resolve("visits.csv")));

        List<String> lines = Files.readAllLines(visits, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFuid,customer_external_id,date,planned_arrival,done_at,outcome,"
                + "purpose,notes,next_step");
        assertThat(lines.get(1)).endsWith(",C-001,2026-11-20,09:30,2026-11-20 10:05:07.5,met,"
                + "\"'=送样品,\"\"急\"\"\",\"多行");
        assertThat(lines.get(2)).isEqualTo("备注\",'-寄合同");
        assertThat(lines.get(3)).endsWith(",C-001,2026-11-27,14:00,,,回访,,");
        assertThat(lines.get(4)).as("a customer without external id is named by its uid")
                .endsWith("," + noExternalId.uid() + ",2026-11-28,,2026-11-28 16:00:00,not_met,,,");
    }

    @Test
    void sinceExportsOnlyVisitsChangedOnOrAfterThatDay() {
        Visit old = source.allVisits().get(1);
        source.visits.update(old.withStamps(ImportFixture.NOW.minusSeconds(10 * 86_400),
                ImportFixture.NOW.minusSeconds(10 * 86_400)));

        long rows = source.exports.export(ExportRequest.of(StandardEntities.VISITS_ID, dir.resolve("s.csv"))
                .since(LocalDate.of(2026, 11, 20)), n -> { }, () -> false);

        assertThat(rows).isEqualTo(2);
    }
}
