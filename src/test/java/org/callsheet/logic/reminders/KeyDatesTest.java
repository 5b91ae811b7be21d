package org.callsheet.logic.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.KeyDate;
import org.callsheet.model.KeyDateKind;
import org.callsheet.persistence.JooqCallTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyDatesTest {
    private final JooqCallTestData data = new JooqCallTestData();
    private final KeyDates keyDates = new KeyDates(data.facts);

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void birthdaysFoundingAndFirstDealAnniversariesInARange() {
        long a = data.customer("甲公司", CustomerStatus.BIG, false,
                List.of(JooqCallTestData.contact("李雷", "13800138000", LocalDate.of(1980, 11, 25))));
        data.facts.setFoundingDate(a, LocalDate.of(2006, 11, 24));
        data.order(a, LocalDate.of(2019, 11, 26), "500.00");
        data.order(a, LocalDate.of(2018, 11, 20), "-50.00");
        data.order(a, LocalDate.of(2021, 3, 1), "900.00");

        List<KeyDate> dates = keyDates.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26));

        assertThat(dates).extracting(KeyDate::kind, KeyDate::date, KeyDate::years, KeyDate::subject)
                .containsExactly(
                        tuple(KeyDateKind.FOUNDING_ANNIVERSARY, LocalDate.of(2026, 11, 24), 20, "甲公司"),
                        tuple(KeyDateKind.BIRTHDAY, LocalDate.of(2026, 11, 25), 46, "李雷"),
                        tuple(KeyDateKind.FIRST_DEAL_ANNIVERSARY, LocalDate.of(2026, 11, 26), 7, "甲公司"));
        assertThat(dates.get(1).contactId()).isEqualTo(data.firstContactOf(a));
        assertThat(data.facts.foundingDate(a)).contains(LocalDate.of(2006, 11, 24));
    }

    @Test
    void aLeapDayIsRememberedOnTheLastDayOfFebruaryAndRangesCrossTheYearEnd() {
        data.customer("甲公司", CustomerStatus.SMALL, false,
                List.of(JooqCallTestData.contact("韩梅梅", "13900139000", LocalDate.of(1992, 2, 29)),
                        JooqCallTestData.contact("新年", "13700137000", LocalDate.of(1990, 1, 2))));

        assertThat(keyDates.between(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 1)))
                .extracting(KeyDate::date).containsExactly(LocalDate.of(2027, 2, 28));
        assertThat(keyDates.between(LocalDate.of(2028, 2, 27), LocalDate.of(2028, 3, 1)))
                .extracting(KeyDate::date).containsExactly(LocalDate.of(2028, 2, 29));
        assertThat(keyDates.between(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 3)))
                .extracting(KeyDate::subject, KeyDate::years).containsExactly(tuple("新年", 37));
    }

    @Test
    void noNeedCustomersAndNotYetCompletedYearsAreLeftOut() {
        data.customer("不需要", CustomerStatus.OTHER, true,
                List.of(JooqCallTestData.contact("甲", "13800138000", LocalDate.of(1980, 11, 24))));
        long fresh = data.customer("新客户", CustomerStatus.SMALL, false);
        data.order(fresh, LocalDate.of(2026, 11, 24), "100.00");

        assertThat(keyDates.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30))).isEmpty();
    }
}
