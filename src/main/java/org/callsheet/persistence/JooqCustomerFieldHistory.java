package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER_FIELD_CHANGE;
import static org.callsheet.persistence.jooq.Tables.IMPORT_BATCH;

import java.util.List;
import java.util.Optional;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** A customer's field history read newest first along its index (customer, time, id). */
public final class JooqCustomerFieldHistory implements CustomerFieldHistory {
    private final DSLContext dsl;
    private final CustomerFieldChangeRecordMapper mapper = new CustomerFieldChangeRecordMapper();

    public JooqCustomerFieldHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<CustomerFieldChange> newestFirst(long customerId, Optional<CustomerField> field, int offset,
                                                 int limit) {
        Condition where = CUSTOMER_FIELD_CHANGE.CUSTOMER_ID.eq(customerId);
        if (field.isPresent()) {
            where = where.and(CUSTOMER_FIELD_CHANGE.FIELD_KEY.eq(field.get().key()));
        }
        return dsl.select(CUSTOMER_FIELD_CHANGE.asterisk(), IMPORT_BATCH.FILE_NAME)
                .from(CUSTOMER_FIELD_CHANGE)
                .leftJoin(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(CUSTOMER_FIELD_CHANGE.IMPORT_BATCH_ID))
                .where(where)
                .orderBy(CUSTOMER_FIELD_CHANGE.CHANGED_AT.desc(), CUSTOMER_FIELD_CHANGE.ID.desc())
                .limit(limit).offset(offset)
                .fetch(r -> mapper.toModel(r.into(CUSTOMER_FIELD_CHANGE), r.get(IMPORT_BATCH.FILE_NAME)));
    }

    @Override
    public List<CustomerField> fieldsChanged(long customerId) {
        List<String> keys = dsl.selectDistinct(CUSTOMER_FIELD_CHANGE.FIELD_KEY).from(CUSTOMER_FIELD_CHANGE)
                .where(CUSTOMER_FIELD_CHANGE.CUSTOMER_ID.eq(customerId)).fetch(CUSTOMER_FIELD_CHANGE.FIELD_KEY);
        return keys.stream().map(CustomerField::ofKey).flatMap(Optional::stream).sorted().toList();
    }
}
