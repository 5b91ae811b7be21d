package org.callsheet.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.callsheet.model.Call;
import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.ui.common.StatusModel;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The call log's model: filters by dates, outcome, rep and text; the day's figures. */
class CallsViewModelTest {
    private CallBackend backend;
    private CallsViewModel model;
    private final StatusModel status = new StatusModel();
    private Customer shanghai;

    @BeforeEach
    void setUp() {
        backend = new CallBackend();
        Customer beijing = backend.add("北京科技有限公司", CustomerStatus.BIG, "张明", "13800138000");
        shanghai = backend.add("上海贸易公司", CustomerStatus.SMALL, "李娜", "13912345678");
        log(beijing, at(2026, 2, 27, 9, 0), CallOutcome.CONNECTED, 300, "王芳", "要报价");
        log(shanghai, at(2026, 3, 2, 9, 0), CallOutcome.NO_ANSWER, 0, "王芳", "");
        log(beijing, at(2026, 3, 2, 9, 30), CallOutcome.CONNECTED, 240, "李强", "");
        log(shanghai, at(2026, 3, 2, 9, 45), CallOutcome.CONNECTED, 60, "王芳", "样品");
        model = new CallsViewModel(backend.calls, backend.book, new SameThreadTaskRunner(), backend.clock, status);
        model.start();
    }

    @AfterEach
    void tearDown() {
        backend.close();
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(CallBackend.ZONE).toInstant();
    }

    private void log(Customer customer, Instant start, CallOutcome outcome, int seconds, String caller, String needs) {
        backend.calls.log().log(new Call(null, java.util.UUID.randomUUID().toString(), null, customer.id(), null,
                "010-1234567" + customer.id(), null, null, start, seconds, outcome, needs, null, false, null, null,
                null, null, caller, null, null));
    }

    @Test
    void theLastWeekIsShownNewestFirstWithCustomerNames() {
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(model.calls()).extracting(CallLine::customerName)
                .containsExactly("上海贸易公司", "北京科技有限公司", "上海贸易公司", "北京科技有限公司");
        assertThat(model.reps()).contains("王芳");
    }

    @Test
    void filtersNarrowTheLog() {
        model.fromProperty().set(LocalDate.of(2026, 3, 2));
        assertThat(model.calls()).hasSize(3);

        model.outcomeProperty().set(OutcomeChoice.of(CallOutcome.CONNECTED));
        assertThat(model.calls()).hasSize(2);

        model.repProperty().set("王芳");
        assertThat(model.calls()).singleElement().satisfies(l -> assertThat(l.call().needs()).isEqualTo("样品"));

        model.outcomeProperty().set(null);
        model.repProperty().set("");
        model.textProperty().set("上海");
        assertThat(model.calls()).hasSize(2).allMatch(l -> l.customerName().equals("上海贸易公司"));
    }

    @Test
    void theFiguresAreThoseOfTheLastDayOfTheRange() {
        var figures = model.figuresProperty().get();

        assertThat(figures.calls()).isEqualTo(3);
        assertThat(figures.connected()).isEqualTo(2);
        assertThat(figures.talkTime()).isEqualTo(Duration.ofSeconds(300));

        model.repProperty().set("李强");
        assertThat(model.figuresProperty().get().calls()).isEqualTo(1);
    }

    @Test
    void aCallWithAHiddenOwnOutcomeKeepsItsLabelAndTheFilterFindsIt() {
        backend.settings.put(OutcomeSettings.CUSTOM, "c1|0|空号");
        backend.settings.put(OutcomeSettings.ORDER, "custom:c1,CONNECTED");
        backend.calls.log().log(new Call(null, java.util.UUID.randomUUID().toString(), null, shanghai.id(), null,
                "13912345678", null, null, at(2026, 3, 2, 9, 50), 0, CallOutcome.OTHER_NOT_CONNECTED, null, null,
                false, null, null, null, null, "王芳", null, null, "c1"));
        backend.settings.put(OutcomeSettings.ORDER, "CONNECTED");

        model.refresh();

        assertThat(model.calls().getFirst().outcome().custom().label()).isEqualTo("空号");
        OutcomeChoice own = model.outcomeChoices().stream().filter(c -> c.custom() != null).findFirst().orElseThrow();
        model.outcomeProperty().set(own);
        assertThat(model.calls()).singleElement().satisfies(l -> assertThat(l.call().customOutcome()).isEqualTo("c1"));
        assertThat(backend.calls.log().history(shanghai.id()).lastAttempt()).isEqualTo(at(2026, 3, 2, 9, 50));
    }

    @Test
    void deletingACallTakesItOffTheLogAndLastContactFollowsTheRemainingCalls() {
        model.fromProperty().set(LocalDate.of(2026, 3, 2));
        CallLine latest = model.calls().getFirst();
        assertThat(latest.customerName()).isEqualTo("上海贸易公司");
        boolean[] after = {false};

        model.delete(latest, () -> after[0] = true);

        assertThat(after[0]).isTrue();
        assertThat(model.calls()).hasSize(2).noneMatch(l -> l.call().id().equals(latest.call().id()));
        assertThat(status.messageProperty().get().key()).isEqualTo("callLog.deleted");
        assertThat(backend.calls.log().history(shanghai.id()).lastContact()).isNull();
        assertThat(backend.calls.log().history(shanghai.id()).lastAttempt()).isEqualTo(at(2026, 3, 2, 9, 0));

        model.delete(latest, () -> { });
        assertThat(status.messageProperty().get().key()).isEqualTo("callLog.alreadyDeleted");
    }

    @Test
    void aCallLogThatCannotBeReadSaysSoInTheStatusBar() {
        backend.close();

        model.refresh();

        assertThat(status.messageProperty().get()).isEqualTo(org.callsheet.ui.common.UserMessage.of("callLog.error.load"));
    }
}
