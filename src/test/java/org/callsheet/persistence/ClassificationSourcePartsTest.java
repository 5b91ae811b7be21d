package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The orders read in parts (two threads share them) give each order once, as one read does. */
class ClassificationSourcePartsTest {
    private final ClassificationTestData data = new ClassificationTestData();
    private final JooqClassificationSource source = new JooqClassificationSource(data.db.bulkReads(),
            ClassificationTestData.ZONE);

    @AfterEach
    void close() {
        data.close();
    }

    private static String key(long customer, int day, long cents) {
        return customer + "/" + day + "/" + cents;
    }

    @Test
    void thePartsTogetherAreTheWholeAndDoNotOverlap() {
        for (int c = 0; c < 3; c++) {
            long id = data.customer("K-" + c, "客户" + c);
            for (int k = 1; k <= 7; k++) {
                data.order(id, "2026-0" + k + "-1" + c, k + "0.00");
            }
        }
        data.order(data.customer("L-1", "晚单"), "2026-12-01", "5.00");
        LocalDate upTo = LocalDate.of(2026, 11, 23);
        List<String> whole = new ArrayList<>();
        source.forEachOrder(upTo, (customer, day, cents, cost) -> whole.add(key(customer, day, cents)));

        for (int parts : new int[] {2, 8, 40}) {
            List<String> joined = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                source.forEachOrder(upTo, part, parts, (customer, day, cents, cost) -> joined.add(key(customer, day, cents)));
            }
            assertThat(joined).as(parts + " parts").containsExactlyInAnyOrderElementsOf(whole);
        }
        assertThat(whole).hasSize(21).as("the order after the as-of date is left out");
    }
}
