package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.callsheet.model.Address;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code callsheet plan-visits --date} over a real database in memory. */
class PlanVisitsDateCommandTest {
    private static final String HEADER = "seq,customer_external_id,name,province,city,district,address,latitude,"
            + "longitude,location_precision,reason,planned_arrival,leg_km";
    private H2CliEnvironment environment;

    @BeforeEach
    void setUp() {
        environment = new H2CliEnvironment();
        // key customers never visited are due a regular visit
        environment.addAt("南山科技", CustomerStatus.SUPER, new Address("科技园", "广东省", "深圳市", "南山区"));
        environment.addAt("福田贸易", CustomerStatus.BIG, new Address("深南大道", "广东省", "深圳市", "福田区"));
        environment.addAt("宝安制造", CustomerStatus.BIG, new Address("", "广东省", "深圳市", "宝安区"));
        environment.addAt("天河商贸", CustomerStatus.BIG, new Address("", "广东省", "广州市", "天河区"));
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
}
