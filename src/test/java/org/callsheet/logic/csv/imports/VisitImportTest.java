package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

/** Visit files into a database: matching, logging, rejected rows and undo. */
class VisitImportTest {
    private static final String HEADER = "uid,customer_external_id,date,planned_arrival,done_at,outcome,purpose,notes,"
            + "next_step\n";

    private final ImportFixture fx = new ImportFixture();
    private Customer jia;
    private Visit planned;
    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        jia = fx.store("C-001", "甲公司", "13800138000", null, List.of());
        planned = fx.visits.insert(new Visit(null, UUID.randomUUID().toString(), jia.id(),
                new VisitSlot(LocalDate.of(2026, 11, 24), 3, LocalTime.of(10, 0), false, 40, true),
                VisitReason.KEY_CUSTOMER_DUE, "送样品", Optional.empty(), ImportFixture.NOW, ImportFixture.NOW));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ImportFixture.CLOCK.getZone()).toInstant();
    }

    @Test
    void aRowOfTheSameCustomerAndDayLogsThePlannedVisitAndUndoPutsItBack() throws Exception {
        Path file = ImportFixture.write(dir, "v.csv", HEADER
                + ",C-001,2026-11-24,,2026-11-24 10:20,met,,要报价,寄合同\n"
                + ",C-001,2026-11-30,15:00,,,回访,,\n");

        ImportResult result = fx.importVisits(file, DuplicatePolicy.MERGE);

        assertThat(result.counts()).isEqualTo(new ImportCounts(2, 1, 0, 1, 0, 0, 0));
        List<Visit> visits = fx.allVisits();
        assertThat(visits).hasSize(2);
        Visit logged = visits.get(0);
        assertThat(logged.uid()).isEqualTo(planned.uid());
        assertThat(logged.slot()).as("its place in the route stays").isEqualTo(planned.slot());
        assertThat(logged.reason()).isEqualTo(VisitReason.KEY_CUSTOMER_DUE);
        assertThat(logged.report()).contains(new VisitReport(at("2026-11-24T10:20"), VisitOutcome.MET, "", "要报价",
                "寄合同"));
        Visit added = visits.get(1);
        assertThat(added.slot()).isEqualTo(new VisitSlot(LocalDate.of(2026, 11, 30), null, LocalTime.of(15, 0), false,
                null, false));
        assertThat(added.purpose()).isEqualTo("回访");
        assertThat(added.done()).isFalse();
        assertThat(fx.calls.historyOf(jia.id()).lastContact()).as("a met visit is the last contact")
                .isEqualTo(at("2026-11-24T10:20"));

        UndoResult undo = fx.imports.undo(result.batchId().orElseThrow());

        assertThat(undo.done()).isTrue();
        assertThat(undo.restored()).isEqualTo(1);
        assertThat(undo.deleted()).isEqualTo(1);
        assertThat(fx.allVisits()).containsExactly(planned);
    }

    @Test
    void updateMovesAVisitByUidToAnotherDayAndADryRunWritesNothing() throws Exception {
        Path file = ImportFixture.write(dir, "v.csv", HEADER + planned.uid() + ",C-001,2026-11-26,11:00,,,新目的,,\n");

        ImportResult dry = fx.imports.run(ImportRequest.of(file, org.callsheet.logic.csv.StandardEntities.VISITS)
                .withPolicy(DuplicatePolicy.UPDATE).asDryRun(), p -> { }, () -> false);
        assertThat(dry.counts().updated()).isEqualTo(1);
        assertThat(fx.allVisits()).containsExactly(planned);

        assertThat(fx.importVisits(file, DuplicatePolicy.UPDATE).counts().updated()).isEqualTo(1);
        Visit moved = fx.allVisits().get(0);
        assertThat(moved.slot()).as("off the old day's route")
                .isEqualTo(new VisitSlot(LocalDate.of(2026, 11, 26), null, LocalTime.of(11, 0), false, 40, true));
        assertThat(moved.purpose()).isEqualTo("新目的");
        assertThat(fx.imports.undoLast().done()).isTrue();
        assertThat(fx.allVisits()).containsExactly(planned);
    }

    @Test
    void badRowsAreRejectedWithRowColumnAndReasonAndWriteNothing() throws Exception {
        Path file = ImportFixture.write(dir, "v.csv", HEADER
                + ",C-404,2026-11-25,,,,,,\n"
                + ",C-001,2026-11-25,25:00,,,,,\n"
                + ",C-001,2026-11-25,,2026-11-25 10:00,,,,\n"
                + ",C-001,2026-11-25,,,,,只有备注,\n"
                + ",C-001,2026-11-25,,2026-11-25 10:00,maybe,,,\n"
                + ",C-001,,,,,,,\n");

        ImportResult result = fx.importVisits(file, DuplicatePolicy.MERGE);

        assertThat(result.counts().rejected()).isEqualTo(6);
        assertThat(result.counts().inserted()).isZero();
        assertThat(result.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.key())
                .containsExactly(
                        "2 customer_external_id csv.problem.unknown_customer",
                        "3 planned_arrival csv.problem.invalid_time",
                        "4 outcome csv.problem.visit_report_incomplete",
                        "5 notes csv.problem.visit_notes_without_report",
                        "6 outcome csv.problem.invalid_choice",
                        "7 date csv.problem.required_value_missing");
        assertThat(result.problems()).allMatch(ImportProblem::rejectsRow);
        assertThat(fx.allVisits()).containsExactly(planned);
    }
}
