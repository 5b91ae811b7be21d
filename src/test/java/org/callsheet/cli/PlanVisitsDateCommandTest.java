package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Visit;
import org.callsheet.model.VisitReason;
import org.callsheet.persistence.JooqVisitRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callsheet plan-visits --date} over a real database in memory. */
class PlanVisitsDateCommandTest {
    private static final String HEADER = "seq,customer_external_id,name,province,city,district,address,latitude,"
            + "longitude,location_precision,reason,planned_arrival,leg_km";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private H2CliEnvironment environment;
    private Customer nanshan;
    private Customer tianhe;

    @TempDir
    Path folder;

    @BeforeEach
    void setUp() {
        environment = new H2CliEnvironment();
        // key customers never visited are due a regular visit
        nanshan = environment.addAt("南山科技", CustomerStatus.SUPER, new Address("科技园", "广东省", "深圳市", "南山区"));
        environment.addAt("福田贸易", CustomerStatus.BIG, new Address("深南大道", "广东省", "深圳市", "福田区"));
        environment.addAt("宝安制造", CustomerStatus.BIG, new Address("", "广东省", "深圳市", "宝安区"));
        tianhe = environment.addAt("天河商贸", CustomerStatus.BIG, new Address("", "广东省", "广州市", "天河区"));
        environment.add("无地址公司", CustomerStatus.SUPER);
        environment.addAt("小客户", CustomerStatus.SMALL, new Address("", "广东省", "深圳市", "南山区"));
    }

    @AfterEach
    void tearDown() {
        environment.database.close();
    }

    private CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, environment.factory(), new PrintWriter(out), new PrintWriter(err),
                Locale.ENGLISH);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void theDaysCandidatesAreRoutedAndTheOnesWithoutLocationComeLast() {
        CliRun run = run("plan-visits", "--date", "2026-03-02");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(HEADER);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).startsWith("1,").contains("南山科技").contains(",district,key_customer_due,09:00,0.000");
        assertThat(lines.subList(1, 5)).extracting(l -> l.split(",")[0]).containsExactly("1", "2", "3", "4");
        // an empty first cell is written quoted (""), as CSV writes an empty first value
        assertThat(lines.get(5)).startsWith("\"\",").contains("无地址公司").contains(",none,key_customer_due,,");
        assertThat(lines.getLast()).matches("visits=4 unlocated=1 km=\\d+\\.\\d{3} finish=\\d\\d:\\d\\d");
        assertThat(run.err()).contains("无地址公司");
        assertThat(run.out()).doesNotContain("小客户");
    }

    @Test
    void theRegionKeepsOnlyItsCandidatesAndTheStartPointIsUsed() {
        CliRun run = run("plan-visits", "--date", "2026-03-02", "--region", "深圳市", "--start", "22.54,114.06");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("南山科技", "福田贸易", "宝安制造").doesNotContain("天河商贸", "无地址公司");
        assertThat(run.out().lines().toList().getLast()).startsWith("visits=3 unlocated=0 ");
        CliRun district = run("plan-visits", "--date", "2026-03-02", "--region", "福田区");
        assertThat(district.out().lines().toList()).hasSize(3);
    }

    @Test
    void badDatesAndMixedFormsAreUsageErrors() {
        assertThat(run("plan-visits", "--date", "2026-13-01").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("plan-visits", "--date", "2026-03-02", "--open").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("plan-visits", "--date", "2026-03-02", "--stops", "x.csv").exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aDayWithSavedVisitsIsThatPlanInItsSavedOrderWithItsAppointments() {
        JooqVisitRepository visits = new JooqVisitRepository(environment.database.dsl());
        Visit first = environment.visits.plan(tianhe.id(), DAY, VisitReason.ADDED_BY_HAND, "报价");
        Visit second = environment.visits.plan(nanshan.id(), DAY, VisitReason.FOLLOW_UP_DUE, "");
        visits.update(first.withSlot(first.slot().at(1, LocalTime.of(9, 0))));
        visits.update(second.withSlot(second.slot().at(2, LocalTime.of(17, 0)).appointmentAt(LocalTime.of(17, 0))));

        CliRun run = run("plan-visits", "--date", DAY.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("1,").contains("天河商贸", ",added_by_hand,09:00,");
        assertThat(lines.get(2)).startsWith("2,").contains("南山科技", ",follow_up_due,17:00,");
        assertThat(lines.getLast()).startsWith("visits=2 unlocated=0 ");
        // the candidates of a day that has a saved plan stay in the window's candidate list
        assertThat(run.out()).doesNotContain("福田贸易");
    }

    @Test
    void aSavedButUnroutedDayIsRoutedWithTheSameVisits() {
        environment.visits.plan(tianhe.id(), DAY, VisitReason.ADDED_BY_HAND, "");
        environment.visits.plan(nanshan.id(), DAY, VisitReason.ADDED_BY_HAND, "");

        CliRun run = run("plan-visits", "--date", DAY.toString(), "--region", "广东省");

        assertThat(run.out()).contains("天河商贸", "南山科技").doesNotContain("福田贸易");
        assertThat(run.out().lines().toList().getLast()).startsWith("visits=2 unlocated=0 ");
    }

    @Test
    void theAreaColumnsNameWhereACustomerWasPlacedWhenItsAddressLeavesThemOut() {
        environment.addAt("只写了区", CustomerStatus.SUPER, new Address("", "", "深圳市", "宝安区"));

        CliRun run = run("plan-visits", "--date", DAY.toString());

        assertThat(run.out().lines().filter(l -> l.contains("只写了区")).findFirst().orElseThrow())
                .contains(",广东省,深圳市,宝安区,");
    }

    @Test
    void anAreaNobodyKnowsIsAUsageError() {
        CliRun run = run("plan-visits", "--date", DAY.toString(), "--region", "火星区");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("No province, city or district is called 火星区.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anOutFileInAMissingFolderIsNamedAsSuch() {
        Path out = folder.resolve("missing").resolve("day.csv");

        CliRun run = run("plan-visits", "--date", DAY.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).isEqualTo("The route cannot be written to " + out + ": the folder "
                + out.getParent() + " does not exist.");
    }
}
