package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code callsheet report funnel}: its CSV, its filters, its text and its errors. */
class FunnelReportCommandTest {
    @TempDir
    Path folder;
    private FunnelCliFixture cli;

    @BeforeEach
    void open() throws Exception {
        cli = new FunnelCliFixture(folder);
        cli.twoCustomers();
        CliRun imported = cli.run("import", "opportunities",
                cli.write("o.csv", OpportunityCsvTest.PIPELINE).toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void csvHasOneRowPerStageInOrderWithTheDefinedColumns() {
        CliRun run = cli.run("report", "funnel", "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        // D-1 negotiation (quote skipped opportunity), D-2 lead, D-3 lost at quote, D-4 won
        // days: lead D-1 4.04 (to quote), D-3 1, D-4 4 → 3.01; opportunity D-3 6, D-4 5; quote D-1 15.23, D-4 10 …
        assertThat(run.out().lines().toList()).containsExactly(
                "stage,reached,amount,conversion_to_next,avg_days_in_stage,open,open_amount,weighted_amount",
                "lead,4,208000.50,0.7500,3.01,1,50000.50,5000.05",
                "opportunity,3,158000.00,1.0000,5.50,0,0.00,0.00",
                "quote,3,158000.00,0.6667,12.61,0,0.00,0.00",
                "negotiation,2,150000.00,0.5000,11.00,1,120000.00,72000.00",
                "contract,1,30000.00,1.0000,31.00,0,0.00,0.00",
                "payment,1,30000.00,1.0000,14.00,0,0.00,0.00",
                "invoice,1,30000.00,,,0,0.00,0.00");
    }

    @Test
    void thePeriodSelectsByCreatedDateAndTheOwnerByOwner() {
        CliRun october = cli.run("report", "funnel", "--from", "2026-10-01", "--to", "2026-10-31", "--format", "csv");
        assertThat(october.out().lines().skip(1).findFirst()).hasValueSatisfying(
                lead -> assertThat(lead).startsWith("lead,2,128000.00,"));

        CliRun wang = cli.run("report", "funnel", "--owner", "王伟", "--format", "csv");
        assertThat(wang.out().lines().skip(1).findFirst()).hasValueSatisfying(
                lead -> assertThat(lead).startsWith("lead,2,80000.50,"));
    }

    @Test
    void textNamesTheStagesInTheUsersLanguageAndTheWeakestStep() {
        CliRun english = cli.run("report", "funnel");
        assertThat(english.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(english.out()).contains("Proposal and quote").contains("Weakest step: Negotiation → Contract")
                .contains("win rate 50.0%");

        CliRun chinese = cli.run(Locale.SIMPLIFIED_CHINESE, "report", "funnel");
        assertThat(chinese.out()).contains("方案报价").contains("最薄弱的一步：商务谈判 → 签订合同");
    }

    @Test
    void badDatesAndPeriodsAreOneSentenceWithExitTwo() {
        CliRun badDate = cli.run("report", "funnel", "--from", "yesterday");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.errLines()).containsExactly("'yesterday' is not a date; write it as YYYY-MM-DD");

        CliRun backwards = cli.run("report", "funnel", "--from", "2026-10-31", "--to", "2026-10-01");
        assertThat(backwards.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(backwards.errLines()).hasSize(1);

        assertThat(cli.run("report", "funnel", "--format", "pdf").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
