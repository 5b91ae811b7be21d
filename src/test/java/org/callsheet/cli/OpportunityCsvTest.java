package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.callsheet.logic.funnel.OpportunityFilter;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunityChange;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.persistence.JooqOpportunityRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code import opportunities}, {@code export opportunities} and {@code report funnel} on a real in-memory database. */
class OpportunityCsvTest {
    static final String HEADER = "uid,external_id,customer_external_id,title,amount,owner,source,stage,probability,"
            + "expected_close,created_at,closed_at,status,lost_reason,next_step,notes,lead_at,opportunity_at,quote_at,"
            + "negotiation_at,contract_at,payment_at,invoice_at\n";

    @TempDir
    Path folder;
    private FunnelCliFixture cli;
    private JooqOpportunityRepository opportunities;

    @BeforeEach
    void open() {
        cli = new FunnelCliFixture(folder);
        opportunities = cli.opportunities;
    }

    @AfterEach
    void close() {
        cli.close();
    }

    private CliRun run(String... args) {
        return cli.run(args);
    }

    private Path write(String name, String text) throws Exception {
        return cli.write(name, text);
    }

    private void twoCustomers() throws Exception {
        cli.twoCustomers();
    }

    private Opportunity byExternalId(String externalId) {
        return cli.byExternalId(externalId);
    }

    /** Stage names as codes and in all three languages; a skip, a loss and a win. */
    static final String PIPELINE = HEADER
            + ",D-1,K-1,年度耗材,120000,李娜,call,商务谈判,,2026-12-31,,,,,发合同,,2026-10-01 09:00,,2026-10-05 10:00,"
            + "2026-10-20 15:30,,,\n"
            + ",D-2,K-2,服务器,50000.50,王伟,電話,lead,,,,,open,,,,2026-11-01 09:00,,,,,,\n"
            + ",D-3,K-1,打印机,8000,李娜,manual,方案報價,,,,2026-11-10 12:00,lost,price,,,2026-10-02 09:00,"
            + "2026-10-03 09:00,2026-10-09 09:00,,,,\n"
            + ",D-4,K-2,软件,30000,王伟,,invoice,,,,2026-11-15 09:00,won,,,,2026-09-01 09:00,2026-09-05 09:00,"
            + "2026-09-10 09:00,2026-09-20 09:00,2026-10-01 09:00,2026-11-01 09:00,2026-11-15 09:00\n";

    @Test
    void importsStageNamesInAnyLanguageAndBuildsTheHistoryFromTheDates() throws Exception {
        twoCustomers();

        CliRun imported = run("import", "opportunities", write("o.csv", PIPELINE).toString());

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
        assertThat(FunnelCliFixture.lastLine(imported.out())).isEqualTo("read=4 inserted=4 updated=0 merged=0 rejected=0");
        Opportunity first = byExternalId("D-1");
        assertThat(first.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(first.state().probability()).isEqualTo(60);
        assertThat(first.stageDates().at(Stage.OPPORTUNITY)).isNull();
        assertThat(first.stageDates().at(Stage.QUOTE)).isEqualTo(Instant.parse("2026-10-05T02:00:00Z"));
        assertThat(opportunities.history(first.id())).extracting(OpportunityChange::toStage)
                .containsExactly(Stage.LEAD, Stage.QUOTE, Stage.NEGOTIATION);
        Opportunity lost = byExternalId("D-3");
        assertThat(lost.state().status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(lost.stage()).isEqualTo(Stage.QUOTE);
        assertThat(opportunities.history(lost.id())).last()
                .extracting(OpportunityChange::status).isEqualTo(OpportunityStatus.LOST);
        assertThat(byExternalId("D-2").terms().amount()).isEqualByComparingTo("50000.50");
        assertThat(byExternalId("D-4").state().status()).isEqualTo(OpportunityStatus.WON);
    }

    @Test
    void anExportImportsBackUnchangedAndExportsIdentically() throws Exception {
        twoCustomers();
        run("import", "opportunities", write("o.csv", PIPELINE).toString());
        Path out = folder.resolve("out.csv");
        assertThat(FunnelCliFixture.lastLine(run("export", "opportunities", out.toString()).out())).isEqualTo("exported=4");
        String exported = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(exported).startsWith("\uFEFF" + HEADER.strip());

        CliRun back = run("import", "opportunities", out.toString(), "--on-duplicate", "update");
        assertThat(FunnelCliFixture.lastLine(back.out())).isEqualTo("read=4 inserted=0 updated=0 merged=0 rejected=0");
        Path again = folder.resolve("again.csv");
        run("export", "opportunities", again.toString());
        assertThat(Files.readString(again, StandardCharsets.UTF_8)).isEqualTo(exported);

        // into an empty database the file makes the same opportunities, uids and all
        try (FunnelCliFixture fresh = new FunnelCliFixture(folder)) {
            fresh.twoCustomers();
            assertThat(fresh.run("import", "opportunities", out.toString()).exitCode()).isEqualTo(ExitCodes.OK);
            Path third = folder.resolve("third.csv");
            fresh.run("export", "opportunities", third.toString());
            assertThat(Files.readString(third, StandardCharsets.UTF_8)).isEqualTo(exported);
        }
    }

    @Test
    void stageDatesGoingBackwardsRejectTheRowWithItsReasonAndTheUndoRemovesTheRest() throws Exception {
        twoCustomers();
        Path file = write("o.csv", HEADER
                + ",D-1,K-1,年度耗材,1000,李娜,,quote,,,,,,,,,2026-10-05 09:00,,2026-10-01 09:00,,,,\n"
                + ",D-2,K-1,服务器,2000,李娜,,lead,,,,,lost,,,,2026-10-05 09:00,,,,,,\n"
                + ",D-3,K-2,软件,3000,王伟,,lead,,,,,,,,,2026-10-05 09:00,,,,,,\n");
        Path errors = folder.resolve("errors.csv");

        CliRun run = run("import", "opportunities", file.toString(), "--errors", errors.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(FunnelCliFixture.lastLine(run.out())).isEqualTo("read=3 inserted=1 updated=0 merged=0 rejected=2");
        assertThat(run.err()).contains("Row 2, column \"quote_at\"").contains("must not go backwards")
                .contains("Row 3").contains("lost_reason");
        assertThat(Files.readString(errors, StandardCharsets.UTF_8)).contains("D-1").contains("D-2")
                .doesNotContain("D-3");
        CliRun undo = run("import", "--undo");
        assertThat(undo.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(opportunities.search(OpportunityFilter.all())).isEmpty();
    }

    @Test
    void undoOfAnUpdatePutsBackTheOpportunityAndDropsTheHistoryItWrote() throws Exception {
        twoCustomers();
        run("import", "opportunities", write("o.csv", PIPELINE).toString());
        Opportunity before = byExternalId("D-2");
        int historyBefore = opportunities.history(before.id()).size();
        Path change = write("change.csv", HEADER
                + ",D-2,K-2,服务器,64000,王伟,,opportunity,,,,,,,,,2026-11-01 09:00,2026-11-20 09:00,,,,,\n");

        CliRun update = run("import", "opportunities", change.toString(), "--on-duplicate", "update");
        assertThat(FunnelCliFixture.lastLine(update.out())).isEqualTo("read=1 inserted=0 updated=1 merged=0 rejected=0");
        Opportunity changed = byExternalId("D-2");
        assertThat(changed.stage()).isEqualTo(Stage.OPPORTUNITY);
        assertThat(changed.state().probability()).isEqualTo(20);
        assertThat(opportunities.history(before.id())).last().satisfies(c -> {
            assertThat(c.fromStage()).isEqualTo(Stage.LEAD);
            assertThat(c.toStage()).isEqualTo(Stage.OPPORTUNITY);
            assertThat(c.amount()).isEqualByComparingTo("64000");
        });

        assertThat(run("import", "--undo").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(byExternalId("D-2")).isEqualTo(before);
        assertThat(opportunities.history(before.id())).hasSize(historyBefore);
    }
}
