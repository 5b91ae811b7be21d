package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.reminders.ContactBirthday;
import org.callsheet.logic.reminders.CustomerBrief;
import org.callsheet.logic.reminders.CustomerFacts;
import org.callsheet.model.CustomerStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What follow-ups, key dates and the call list read about customers, contacts and orders. */
public final class JooqFollowUpCustomerFacts implements CustomerFacts {
    private final DSLContext dsl;

    public JooqFollowUpCustomerFacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<Long, CustomerBrief> customers() {
        Map<Long, CustomerBrief> out = new LinkedHashMap<>();
        dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.STATUS, CUSTOMER.OWNER_REP, CUSTOMER.NO_NEED)
                .from(CUSTOMER).orderBy(CUSTOMER.ID)
                .forEach(r -> out.put(r.value1(), new CustomerBrief(r.value1(), r.value2(),
                        CustomerStatus.valueOf(r.value3()), r.value4(), r.value5())));
        return out;
    }

    @Override
    public List<ContactBirthday> birthdays() {
        return dsl.select(CONTACT.ID, CONTACT.CUSTOMER_ID, CONTACT.NAME, CONTACT.BIRTHDAY).from(CONTACT)
                .where(CONTACT.BIRTHDAY.isNotNull()).orderBy(CONTACT.ID)
                .fetch(r -> new ContactBirthday(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public Map<Long, LocalDate> foundingDates() {
        Map<Long, LocalDate> out = new HashMap<>();
        dsl.select(CUSTOMER.ID, CUSTOMER.FOUNDED_ON).from(CUSTOMER).where(CUSTOMER.FOUNDED_ON.isNotNull())
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    @Override
    public Optional<LocalDate> foundingDate(long customerId) {
        return dsl.select(CUSTOMER.FOUNDED_ON).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(CUSTOMER.FOUNDED_ON);
    }

    @Override
    public void setFoundingDate(long customerId, LocalDate foundedOn) {
        dsl.transaction(cfg -> cfg.dsl().update(CUSTOMER).set(CUSTOMER.FOUNDED_ON, foundedOn)
                .where(CUSTOMER.ID.eq(customerId)).execute());
    }

    @Override
    public Map<Long, LocalDate> firstOrderDates() {
        Map<Long, LocalDate> out = new HashMap<>();
        dsl.select(CUSTOMER_ORDER.CUSTOMER_ID, DSL.min(CUSTOMER_ORDER.ORDER_DATE)).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.AMOUNT.gt(BigDecimal.ZERO))
                .groupBy(CUSTOMER_ORDER.CUSTOMER_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    @Override
    public Set<Long> customersWithOrdersOn(LocalDate date) {
        return new LinkedHashSet<>(dsl.selectDistinct(CUSTOMER_ORDER.CUSTOMER_ID).from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.ORDER_DATE.eq(date)).and(CUSTOMER_ORDER.AMOUNT.gt(BigDecimal.ZERO))
                .orderBy(CUSTOMER_ORDER.CUSTOMER_ID)
                .fetch(CUSTOMER_ORDER.CUSTOMER_ID));
    }
}
