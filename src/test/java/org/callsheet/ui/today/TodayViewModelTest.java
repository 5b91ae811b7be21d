package org.callsheet.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.reminders.CallListReason;
import org.callsheet.logic.reminders.ChecklistItem;
import org.callsheet.logic.reminders.ChecklistKind;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.FollowUp;
import org.callsheet.model.FollowUpKind;
import org.callsheet.ui.calls.CallBackend;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Today screen's model over a real database, with a clock the test moves. */
class TodayViewModelTest {
    private CallBackend backend;
    private Customer beijing;
    private Customer shanghai;
    private FollowUp overdue;
    private FollowUp later;
    private final StatusModel status = new StatusModel();
    private TodayViewModel model;

    @BeforeEach
    void setUp() {
        backend = new CallBackend();
        beijing = backend.add("北京科技有限公司", CustomerStatus.BIG, "张明", "13800138000");
        shanghai = backend.add("上海贸易公司", CustomerStatus.SMALL, "李娜", "13912345678");
        overdue = backend.calls.followUps().plan(shanghai.id(), null, FollowUpKind.CALL, at(2026, 3, 1, 9, 0), "报价");
        later = backend.calls.followUps().plan(beijing.id(), null, FollowUpKind.CALL, at(2026, 3, 2, 10, 30), "");
        model = new TodayViewModel(backend.calls, backend.book, new SameThreadTaskRunner(), backend.clock, status,
                "王芳");
        model.refresh();
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    private static java.time.Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(CallBackend.ZONE).toInstant();
    }

    private List<AgendaLine.Due> due() {
        return model.agenda().stream().filter(l -> l instanceof AgendaLine.Due).map(l -> (AgendaLine.Due) l).toList();
    }

    @Test
    void theAgendaMarksOverdueFollowUpsAndListsTheHolidayWithItsCustomers() {
        assertThat(due()).extracting(AgendaLine.Due::customerName, AgendaLine.Due::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("上海贸易公司", true),
                        org.assertj.core.groups.Tuple.tuple("北京科技有限公司", false));
        assertThat(model.agenda()).filteredOn(l -> l instanceof AgendaLine.Holiday).singleElement()
                .satisfies(l -> assertThat(((AgendaLine.Holiday) l).customers()).extracting(c -> c.name())
                        .containsExactly("北京科技有限公司"));
        assertThat(model.dateProperty().get()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
    }

    @Test
    void theCallListGivesEachCustomerItsReason() {
        assertThat(model.callList()).extracting(e -> e.customer().name(), e -> e.reason()).startsWith(
                org.assertj.core.groups.Tuple.tuple("上海贸易公司", CallListReason.OVERDUE_FOLLOW_UP),
                org.assertj.core.groups.Tuple.tuple("北京科技有限公司", CallListReason.FOLLOW_UP_DUE_TODAY));
    }

    @Test
    void aCustomerWithAStoredChurnWarningIsListedAfterTheFollowUpsWithThatReason() {
        Customer churning = backend.add("广州流失客户", CustomerStatus.SMALL, "陈刚", "13700137000");
        backend.order(churning.id(), java.time.LocalDate.of(2025, 12, 1), "800.00");
        backend.order(churning.id(), java.time.LocalDate.of(2025, 12, 11), "800.00");
        backend.order(churning.id(), java.time.LocalDate.of(2025, 12, 21), "800.00");
        backend.classify();
        Call draft = backend.calls.log().draft(churning.id(), null, "13700137000", "王芳");
        backend.calls.log().log(new Call(null, draft.uid(), null, churning.id(), null, "13700137000", null, null,
                at(2026, 2, 27, 10, 0), 60, CallOutcome.CONNECTED, null, null, false, null, null, null, null, "王芳",
                null, null));

        model.refresh();

        assertThat(model.callList()).extracting(e -> e.customer().name(), e -> e.reason()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("上海贸易公司", CallListReason.OVERDUE_FOLLOW_UP),
                org.assertj.core.groups.Tuple.tuple("北京科技有限公司", CallListReason.FOLLOW_UP_DUE_TODAY),
                org.assertj.core.groups.Tuple.tuple("广州流失客户", CallListReason.CHURN_WARNING));
    }

    @Test
    void completingCancellingAndSnoozingTakeFollowUpsOffTheList() {
        model.complete(overdue);
        assertThat(due()).extracting(d -> d.followUp().id()).containsExactly(later.id());
        assertThat(status.messageProperty().get().key()).isEqualTo("today.followUp.completed");

        model.snooze(later);
        assertThat(model.callList()).noneMatch(e -> later.id().equals(e.followUpId()));
        assertThat(backend.calls.followUps().openOf(beijing.id())).singleElement()
                .satisfies(f -> assertThat(f.snoozedUntil()).isEqualTo(at(2026, 3, 2, 11, 30)));
        // snoozed from its due time (10:30), not from now (10:00); the agenda shows the new time
        assertThat(due()).singleElement().satisfies(d -> assertThat(d.at()).isEqualTo(at(2026, 3, 2, 11, 30)));

        model.cancel(backend.calls.followUps().openOf(beijing.id()).getFirst());
        assertThat(due()).isEmpty();
    }

    @Test
    void reschedulingMovesTheFollowUpAndRefusesThePast() {
        assertThat(model.reschedule(overdue, LocalDateTime.of(2026, 3, 1, 8, 0))).isFalse();
        assertThat(model.reschedule(overdue, LocalDateTime.of(2026, 3, 3, 9, 0))).isTrue();

        assertThat(due()).extracting(d -> d.followUp().id()).containsExactly(later.id());
        assertThat(backend.calls.followUps().openOf(shanghai.id())).singleElement()
                .satisfies(f -> assertThat(f.dueAt()).isEqualTo(at(2026, 3, 3, 9, 0)));
    }

    @Test
    void checklistTicksAreStored() {
        ChecklistItem book = model.checklist().stream().filter(i -> i.kind() == ChecklistKind.BOOK_TOMORROW)
                .findFirst().orElseThrow();
        assertThat(book.customer().name()).isEqualTo("北京科技有限公司");
        assertThat(book.done()).isFalse();

        model.setDone(book, true);
        TodayViewModel reopened = new TodayViewModel(backend.calls, backend.book, new SameThreadTaskRunner(),
                backend.clock, status, "王芳");
        reopened.refresh();

        assertThat(reopened.checklist()).filteredOn(i -> i.kind() == ChecklistKind.BOOK_TOMORROW)
                .singleElement().satisfies(i -> assertThat(i.done()).isTrue());
    }

    @Test
    void aLoggedCallShowsInTheFiguresAndClosesTheFollowUpAfterRefresh() {
        assertThat(model.figuresProperty().get().calls()).isZero();
        backend.clock.advance(Duration.ofMinutes(1));
        Call call = backend.calls.log().draft(shanghai.id(), null, "13912345678", "王芳");
        backend.calls.log().log(new Call(null, call.uid(), null, shanghai.id(), null, "13912345678", null, null,
                backend.clock.instant(), 120, CallOutcome.CONNECTED, null, null, false, null, null, null, null, "王芳",
                null, null));

        model.refresh();

        assertThat(model.figuresProperty().get().calls()).isEqualTo(1);
        assertThat(model.figuresProperty().get().talkTime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(due()).extracting(AgendaLine.Due::customerName).containsExactly("北京科技有限公司");
    }

    @Test
    void aTimedFollowUpComingDueIsAnnouncedOnce() {
        List<AgendaLine.Due> announced = new ArrayList<>();
        model.checkDue(announced::addAll);
        assertThat(announced).isEmpty();

        backend.clock.advance(Duration.ofMinutes(31));
        model.checkDue(announced::addAll);
        model.checkDue(announced::addAll);

        assertThat(announced).singleElement().satisfies(d -> {
            assertThat(d.customerName()).isEqualTo("北京科技有限公司");
            assertThat(d.followUp().id()).isEqualTo(later.id());
        });
    }
}
