package org.callsheet.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The look-up before a call (who else has this number) reads indexes, not every contact. */
class CallLookupPlanTest {
    private final Database db = Database.inMemory("call-plan-" + UUID.randomUUID());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void customersWithANumberAreFoundOnTheMobileAndLandlineIndexes() {
        String query = db.dsl().renderInlined(new JooqCallRepository(db.dsl()).customersWithNumberQuery("13800138000"));
        String plan = db.dsl().fetchOne("EXPLAIN " + query).get(0, String.class).toUpperCase(java.util.Locale.ROOT);
        assertThat(plan).contains("CONTACT_MOBILE_DIAL_IDX").contains("CONTACT_PHONE_DIAL_IDX")
                .doesNotContain("TABLESCAN");
    }
}
