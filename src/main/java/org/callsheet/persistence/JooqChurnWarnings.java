package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;

import java.util.HashSet;
import java.util.Set;
import org.callsheet.logic.reminders.ChurnWarnings;
import org.jooq.DSLContext;

/** The churn warning flags of the stored classification (customer_classification.churn_warning). */
public final class JooqChurnWarnings implements ChurnWarnings {
    private final DSLContext dsl;

    public JooqChurnWarnings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<Long> customerIds() {
        return new HashSet<>(dsl.select(CUSTOMER_CLASSIFICATION.CUSTOMER_ID).from(CUSTOMER_CLASSIFICATION)
                .where(CUSTOMER_CLASSIFICATION.CHURN_WARNING.isTrue())
                .fetch(CUSTOMER_CLASSIFICATION.CUSTOMER_ID));
    }
}
