package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.Locale;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUpKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code callsheet agenda} in-process over a real database in memory. */
class AgendaCommandTest {
    private H2CliEnvironment environment;
    private Customer beijing;

    @BeforeEach
    void setUp() {
        environment = new H2CliEnvironment();
        beijing = environment.add("北京科技有限公司", CustomerStatus.BIG);
        Customer shanghai = environment.add("上海贸易公司", CustomerStatus.SMALL);
        var zone = H2CliEnvironment.CLOCK.getZone();
        environment.calls.followUps().plan(beijing.id(), null, FollowUpKind.CALL,
                LocalDateTime.of(2026, 3, 1, 10, 0).atZone(zone).toInstant(), "报价");
        environment.calls.followUps().plan(shanghai.id(), null, FollowUpKind.VISIT,
                LocalDateTime.of(2026, 3, 2, 15, 30).atZone(zone).toInstant(), "");
    }

    @AfterEach
    void tearDown() {
        environment.database.close();
    }

    private Result run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CallsheetCli.run(args, environment.factory(), new PrintWriter(out), new PrintWriter(err), locale);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }

    @Test
    void textShowsOverdueAndDueFollowUpsHolidaysWithCustomersAndTheChecklist() {
        Result r = run(Locale.ENGLISH, "agenda");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("Agenda for Mar 2, 2026");
        assertThat(r.out()).contains("! Mar 1, 2026 10:00  Call  北京科技有限公司  (Overdue)  报价");
        assertThat(r.out()).contains("Mar 2, 2026 15:30  Visit  上海贸易公司");
        // 元宵 2026 falls on 3 March, within the lead days; big customers are greeted
        assertThat(r.out()).contains("Mar 3, 2026  Lantern Festival: 北京科技有限公司");
        assertThat(r.out()).contains("End of day");
    }

    @Test
    void anotherDateShowsOnlyThatDaysFollowUps() {
        Result r = run(Locale.ENGLISH, "agenda", "--date", "2026-03-01");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Agenda for Mar 1, 2026");
        assertThat(r.out()).contains("北京科技有限公司").doesNotContain("上海贸易公司").doesNotContain("Overdue");
    }

    @Test
    void aLaterDateListsTheFollowUpsOverdueOnThatDay() {
        Result r = run(Locale.ENGLISH, "agenda", "--date", "2026-03-05");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("! Mar 1, 2026 10:00  Call  北京科技有限公司  (Overdue)  报价")
                .contains("! Mar 2, 2026 15:30  Visit  上海贸易公司  (Overdue)");
    }

    @Test
    void csvHasAHeaderAndOneRowPerItem() {
        Result r = run(Locale.ENGLISH, "agenda", "--format", "csv");

        assertThat(r.code()).isZero();
        var lines = r.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("section,date,time,kind,customer_id,customer,detail,status,"
                + "customer_external_id");
        // the last column names the customer as the exports do: its external id, else its uid
        assertThat(lines).contains(
                "follow_up,2026-03-01,10:00,CALL," + beijing.id() + ",北京科技有限公司,报价,overdue," + beijing.uid(),
                "holiday,2026-03-03,,LANTERN_FESTIVAL," + beijing.id() + ",北京科技有限公司,,," + beijing.uid());
        assertThat(lines).anyMatch(l -> l.startsWith("follow_up,2026-03-02,15:30,VISIT,"));
    }

    @Test
    void aBadDateExitsWithUsageAndOneSentence() {
        Result r = run(Locale.ENGLISH, "agenda", "--date", "2026-13-40");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly(
                "The date 2026-13-40 is not a date of the form YYYY-MM-DD, for example 2026-03-02.");
    }

    @Test
    void speaksSimplifiedChinese() {
        Result r = run(Locale.SIMPLIFIED_CHINESE, "agenda");

        assertThat(r.out()).startsWith("2026年3月2日 的日程").contains("每天的收尾").contains("元宵");
    }

    @Test
    void helpDescribesTheOptions() {
        Result r = run(Locale.ENGLISH, "agenda", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--date").contains("The day, as YYYY-MM-DD").contains("text or csv");
    }

    @Test
    void anOptionWithoutItsValueIsNamedAsSuch() {
        Result r = run(Locale.ENGLISH, "agenda", "--date");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).singleElement().asString().contains("--date needs a value after it");
    }
}
