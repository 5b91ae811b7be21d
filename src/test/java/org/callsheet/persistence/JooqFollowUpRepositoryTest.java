package org.callsheet.persistence;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.reminders.ChecklistKind;
import org.callsheet.logic.reminders.ChecklistRepository.Tick;
import org.callsheet.logic.reminders.ContactBirthday;
import org.callsheet.logic.reminders.CustomerBrief;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqFollowUpRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final JooqCallTestData data = new JooqCallTestData();
    private final JooqFollowUpRepository repo = data.followUps;

    @AfterEach
    void close() {
        data.close();
    }

    private static FollowUp followUp(long customerId, FollowUpKind kind, Instant due) {
        return new FollowUp(null, UUID.randomUUID().toString(), customerId, null, kind, due, FollowUpStatus.OPEN,
                null, null, "", null, T0, T0);
    }

    @Test
    void storesUpdatesAndListsOpenFollowUpsByDueTime() {
        long a = data.customer("甲", CustomerStatus.BIG, false, "13800138000");
        long b = data.customer("乙", CustomerStatus.BIG, false);
        FollowUp later = repo.insert(followUp(a, FollowUpKind.VISIT, T0.plusSeconds(7200)));
        FollowUp sooner = repo.insert(new FollowUp(null, UUID.randomUUID().toString(), a, data.firstContactOf(a),
                FollowUpKind.CALL, T0, FollowUpStatus.OPEN, T0.plusSeconds(60), null, "报价", null, T0, T0));
        FollowUp ofB = repo.insert(followUp(b, FollowUpKind.CALL, T0.plusSeconds(3600)));

        assertThat(repo.findById(sooner.id())).contains(sooner);
        assertThat(repo.openOf(a)).containsExactly(sooner, later);
        assertThat(repo.openDueBefore(T0.plusSeconds(3601))).containsExactly(sooner, ofB);

        FollowUp done = sooner.closed(FollowUpStatus.DONE, T0.plusSeconds(30));
        repo.update(done);
        assertThat(repo.findById(sooner.id())).contains(done);
        assertThat(repo.openOf(a)).containsExactly(later);
        assertThat(repo.openDueBefore(T0.plusSeconds(3601))).containsExactly(ofB);
        assertThat(repo.allOf(a)).containsExactly(later, done);
    }

    @Test
    void checklistTicksAreKeptPerDayAndTickingTwiceIsHarmless() {
        long a = data.customer("甲", CustomerStatus.BIG, false);
        data.checklist.tick(DAY, ChecklistKind.THANK_YOU, a, T0);
        data.checklist.tick(DAY, ChecklistKind.THANK_YOU, a, T0.plusSeconds(5));
        data.checklist.tick(DAY, ChecklistKind.SEND_MATERIAL, a, T0);

        assertThat(data.checklist.ticked(DAY)).containsExactlyInAnyOrder(new Tick(ChecklistKind.THANK_YOU, a),
                new Tick(ChecklistKind.SEND_MATERIAL, a));
        assertThat(data.checklist.ticked(DAY.plusDays(1))).isEmpty();
        data.checklist.untick(DAY, ChecklistKind.THANK_YOU, a);
        assertThat(data.checklist.ticked(DAY)).containsExactly(new Tick(ChecklistKind.SEND_MATERIAL, a));
    }

    @Test
    void customerFactsReadCustomersBirthdaysFoundingDatesAndOrders() {
        long a = data.customer("甲", CustomerStatus.SUPER, false,
                List.of(JooqCallTestData.contact("李雷", "13800138000", LocalDate.of(1980, 5, 1)),
                        JooqCallTestData.contact("无生日", "13900139000", null)));
        long b = data.customer("乙", CustomerStatus.OTHER, true);
        data.order(a, LocalDate.of(2020, 3, 1), "-10.00");
        data.order(a, LocalDate.of(2021, 6, 1), "100.00");
        data.order(a, DAY, "50.00");
        data.order(b, DAY, "-50.00");
        data.facts.setFoundingDate(b, LocalDate.of(1999, 9, 9));

        assertThat(data.facts.customers()).containsExactly(
                entry(a, new CustomerBrief(a, "甲", CustomerStatus.SUPER, "王伟", false)),
                entry(b, new CustomerBrief(b, "乙", CustomerStatus.OTHER, "王伟", true)));
        assertThat(data.facts.birthdays()).containsExactly(
                new ContactBirthday(data.firstContactOf(a), a, "李雷", LocalDate.of(1980, 5, 1)));
        assertThat(data.facts.foundingDates()).containsExactly(entry(b, LocalDate.of(1999, 9, 9)));
        assertThat(data.facts.foundingDate(a)).isEmpty();
        assertThat(data.facts.firstOrderDates()).containsExactly(entry(a, LocalDate.of(2021, 6, 1)));
        assertThat(data.facts.customersWithOrdersOn(DAY)).containsExactly(a);

        data.facts.setFoundingDate(b, null);
        assertThat(data.facts.foundingDates()).isEmpty();
    }
}
