package org.callsheet.logic.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.callsheet.logic.calls.CallFixtures.CLOCK;
import static org.callsheet.logic.calls.CallFixtures.at;
import static org.callsheet.logic.calls.CallFixtures.call;
import static org.callsheet.logic.calls.CallFixtures.withDetails;

import java.time.LocalDate;
import java.util.List;
import org.callsheet.logic.calls.CallLogService;
import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Attitude;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.KeyDate;
import org.callsheet.persistence.JooqCallTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgendaServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final JooqCallTestData data = new JooqCallTestData();
    private final FollowUpService followUps = new FollowUpService(data.followUps, ReminderRules.DEFAULTS, CLOCK);
    private final CallLogService log = new CallLogService(data.calls, new PhoneNormalizer(), CallRules.DEFAULTS,
            CLOCK, List.of(followUps));

    @AfterEach
    void close() {
        data.close();
    }

    private AgendaService agenda() {
        return new AgendaService(followUps, data.facts, data.calls, data.checklist, ReminderRules.DEFAULTS, CLOCK);
    }

    @Test
    void todaysAgendaHasFollowUpsWithOverdueOnesKeyDatesAndTheEndOfDayChecklist() {
        long buyer = data.customer("下单客户", CustomerStatus.SMALL, false,
                List.of(JooqCallTestData.contact("李雷", "13800138000", LocalDate.of(1985, 11, 26))));
        data.order(buyer, TODAY, "1000.00");
        long returned = data.customer("退货客户", CustomerStatus.SMALL, false);
        data.order(returned, TODAY, "-200.00");
        long keyDueTomorrow = data.customer("明天回访大客户", CustomerStatus.BIG, false);
        log.log(call(keyDueTomorrow, "", at("2026-11-10T10:00"), CallOutcome.CONNECTED, "王伟"));
        long keyWithFollowUp = data.customer("明天跟进超级客户", CustomerStatus.SUPER, false);
        log.log(call(keyWithFollowUp, "", at("2026-11-20T10:00"), CallOutcome.CONNECTED, "王伟"));
        followUps.plan(keyWithFollowUp, null, FollowUpKind.VISIT, at("2026-11-24T14:00"), "");
        long smallTomorrow = data.customer("明天跟进小客户", CustomerStatus.SMALL, false);
        followUps.plan(smallTomorrow, null, FollowUpKind.CALL, at("2026-11-24T14:00"), "");
        long interested = data.customer("有兴趣", CustomerStatus.PROSPECT, false);
        log.log(withDetails(call(interested, "", at("2026-11-23T09:00"), CallOutcome.CONNECTED, "王伟"), 60, "",
                null, 4));
        long friendly = data.customer("态度积极", CustomerStatus.PROSPECT, false);
        log.log(withDetails(call(friendly, "", at("2026-11-23T09:10"), CallOutcome.CONNECTED, "王伟"), 60, "",
                Attitude.POSITIVE, null));
        long lukewarm = data.customer("兴趣一般", CustomerStatus.PROSPECT, false);
        log.log(withDetails(call(lukewarm, "", at("2026-11-23T09:20"), CallOutcome.CONNECTED, "王伟"), 60, "",
                Attitude.POSITIVE, 2));
        long noNeed = data.customer("不需要", CustomerStatus.BIG, true);
        data.order(noNeed, TODAY, "10.00");
        followUps.plan(noNeed, null, FollowUpKind.CALL, at("2026-11-21T09:00"), "");
        var overdue = followUps.plan(buyer, null, FollowUpKind.CALL, at("2026-11-21T09:00"), "");

        Agenda today = agenda().today();

        assertThat(today.date()).isEqualTo(TODAY);
        assertThat(today.followUps()).extracting(d -> d.followUp().id(), DueFollowUp::overdue)
                .containsExactly(tuple(overdue.id(), true));
        assertThat(today.keyDates()).extracting(KeyDate::date, KeyDate::subject)
                .containsExactly(tuple(LocalDate.of(2026, 11, 26), "李雷"));
        assertThat(today.holidays()).isEmpty();
        assertThat(today.checklist()).extracting(ChecklistItem::kind, i -> i.customer().id(), ChecklistItem::done)
                .containsExactly(
                        tuple(ChecklistKind.THANK_YOU, buyer, false),
                        tuple(ChecklistKind.BOOK_TOMORROW, keyWithFollowUp, false),
                        tuple(ChecklistKind.BOOK_TOMORROW, keyDueTomorrow, false),
                        tuple(ChecklistKind.SEND_MATERIAL, interested, false),
                        tuple(ChecklistKind.SEND_MATERIAL, friendly, false));
        assertThat(today.checklist()).extracting(i -> i.customer().id())
                .doesNotContain(returned, smallTomorrow, lukewarm, noNeed);
    }

    @Test
    void tickedItemsStayTickedUntilUnticked() {
        long buyer = data.customer("下单客户", CustomerStatus.SMALL, false);
        data.order(buyer, TODAY, "1000.00");

        agenda().tick(TODAY, ChecklistKind.THANK_YOU, buyer);
        agenda().tick(TODAY, ChecklistKind.THANK_YOU, buyer);

        assertThat(agenda().agendaFor(TODAY).checklist()).singleElement()
                .satisfies(i -> assertThat(i.done()).isTrue());
        assertThat(agenda().agendaFor(TODAY.plusDays(1)).checklist()).isEmpty();
        agenda().untick(TODAY, ChecklistKind.THANK_YOU, buyer);
        assertThat(agenda().agendaFor(TODAY).checklist()).singleElement()
                .satisfies(i -> assertThat(i.done()).isFalse());
    }

    @Test
    void holidaysWithinTheLeadDaysListTheKeyCustomersToGreet() {
        long superCustomer = data.customer("超级", CustomerStatus.SUPER, false);
        long big = data.customer("大", CustomerStatus.BIG, false);
        data.customer("小", CustomerStatus.SMALL, false);
        data.customer("不需要", CustomerStatus.BIG, true);

        Agenda beforeMidAutumn = agenda().agendaFor(LocalDate.of(2026, 9, 23));
        Agenda beforeNationalDay = agenda().agendaFor(LocalDate.of(2026, 9, 28));

        assertThat(beforeMidAutumn.holidays()).singleElement().satisfies(h -> {
            assertThat(h.holiday()).isEqualTo(new HolidayDate(ChineseHoliday.MID_AUTUMN, LocalDate.of(2026, 9, 25)));
            assertThat(h.customers()).extracting(CustomerBrief::id).containsExactly(superCustomer, big);
        });
        assertThat(beforeNationalDay.holidays()).extracting(h -> h.holiday().holiday())
                .containsExactly(ChineseHoliday.NATIONAL_DAY);
        assertThat(ReminderTexts.holiday(ChineseHoliday.MID_AUTUMN)).isEqualTo("calls.holiday.MID_AUTUMN");
    }
}
