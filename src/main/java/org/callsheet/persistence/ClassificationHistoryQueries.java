package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.PHONE_CALL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.callsheet.logic.classification.rules.ContactFacts;
import org.callsheet.logic.classification.rules.CustomerHistory;
import org.callsheet.logic.classification.rules.OrderFact;
import org.callsheet.logic.classification.rules.ReportingWindow;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;

/**
 * Builds {@link CustomerHistory} objects for the few customers a list needs the rules on (strong
 * need, cost to serve, overdue receivables), so those rules run unchanged on real data.
 */
final class ClassificationHistoryQueries {
    private final DSLContext dsl;
    private final ZoneId zone;

    ClassificationHistoryQueries(DSLContext dsl, ZoneId zone) {
        this.dsl = dsl;
        this.zone = zone;
    }

    /** Customers not marked "no need" with a connected call of at least the interest level. */
    List<CustomerHistory> strongNeed(int minInterest) {
        SelectConditionStep<Record1<Long>> ids = dsl.selectDistinct(PHONE_CALL.CUSTOMER_ID).from(PHONE_CALL)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(PHONE_CALL.CUSTOMER_ID))
                .where(PHONE_CALL.CONNECTED.isTrue()).and(PHONE_CALL.INTEREST_LEVEL.ge(minInterest))
                .and(CUSTOMER.NO_NEED.isFalse());
        Builder b = new Builder();
        new TreeSet<>(ids.fetch(PHONE_CALL.CUSTOMER_ID)).forEach(b::customer);
        readOrders(b, CUSTOMER_ORDER.CUSTOMER_ID.in(ids));
        readCalls(b, PHONE_CALL.CUSTOMER_ID.in(ids).and(PHONE_CALL.CONNECTED.isTrue()));
        return b.build(true);
    }

    /** Customers with a call in the window or a window order sold below cost; window data only. */
    List<CustomerHistory> serviceCostCandidates(ReportingWindow window) {
        OffsetDateTime from = window.start().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = window.asOf().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        Condition orderInWindow = CUSTOMER_ORDER.ORDER_DATE.gt(window.start()).and(CUSTOMER_ORDER.ORDER_DATE.le(window.asOf()));
        Condition callInWindow = PHONE_CALL.STARTED_AT.ge(from).and(PHONE_CALL.STARTED_AT.lt(to));
        Builder b = new Builder();
        SelectConditionStep<Record1<Long>> called = dsl.selectDistinct(PHONE_CALL.CUSTOMER_ID).from(PHONE_CALL)
                .where(callInWindow);
        SelectConditionStep<Record1<Long>> belowCost = dsl.selectDistinct(CUSTOMER_ORDER.CUSTOMER_ID)
                .from(CUSTOMER_ORDER).where(orderInWindow).and(CUSTOMER_ORDER.COST.gt(CUSTOMER_ORDER.AMOUNT));
        TreeSet<Long> ids = new TreeSet<>(called.fetch(PHONE_CALL.CUSTOMER_ID));
        ids.addAll(belowCost.fetch(CUSTOMER_ORDER.CUSTOMER_ID));
        ids.forEach(b::customer);
        readOrders(b, orderInWindow.and(CUSTOMER_ORDER.CUSTOMER_ID.in(called).or(CUSTOMER_ORDER.CUSTOMER_ID.in(belowCost))));
        readCalls(b, callInWindow);
        return b.build(false);
    }

    /** Customers with orders on or before {@code asOf} overdue at it; only those orders. */
    List<CustomerHistory> overdue(LocalDate asOf) {
        Builder b = new Builder();
        dsl.select(CUSTOMER_ORDER.CUSTOMER_ID, CUSTOMER_ORDER.ORDER_DATE, CUSTOMER_ORDER.AMOUNT, CUSTOMER_ORDER.COST,
                        CUSTOMER_ORDER.PAID_AMOUNT, CUSTOMER_ORDER.DUE_DATE)
                .from(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.ORDER_DATE.le(asOf)).and(CUSTOMER_ORDER.DUE_DATE.lt(asOf))
                .and(CUSTOMER_ORDER.PAID_AMOUNT.isNotNull()).and(CUSTOMER_ORDER.AMOUNT.gt(CUSTOMER_ORDER.PAID_AMOUNT))
                .orderBy(CUSTOMER_ORDER.CUSTOMER_ID, CUSTOMER_ORDER.ORDER_DATE)
                .forEach(r -> {
                    b.customer(r.value1());
                    b.order(r.value1(), new OrderFact(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
                });
        return b.build(false);
    }

    private void readOrders(Builder b, Condition condition) {
        dsl.select(CUSTOMER_ORDER.CUSTOMER_ID, CUSTOMER_ORDER.ORDER_DATE, CUSTOMER_ORDER.AMOUNT, CUSTOMER_ORDER.COST)
                .from(CUSTOMER_ORDER).where(condition)
                .forEach(r -> b.order(r.value1(), OrderFact.withCost(r.value2(), r.value3(), r.value4())));
    }

    private void readCalls(Builder b, Condition condition) {
        dsl.select(PHONE_CALL.CUSTOMER_ID, PHONE_CALL.STARTED_AT).from(PHONE_CALL).where(condition)
                .forEach(r -> b.call(r.value1(), r.value2().atZoneSameInstant(zone).toLocalDate()));
    }

    /** Collects orders and call dates per customer, in the order the customers were named. */
    private static final class Builder {
        private final Map<Long, List<OrderFact>> orders = new LinkedHashMap<>();
        private final Map<Long, List<LocalDate>> calls = new LinkedHashMap<>();

        void customer(long id) {
            orders.computeIfAbsent(id, k -> new ArrayList<>());
            calls.computeIfAbsent(id, k -> new ArrayList<>());
        }

        void order(long id, OrderFact order) {
            List<OrderFact> list = orders.get(id);
            if (list != null) {
                list.add(order);
            }
        }

        void call(long id, LocalDate day) {
            List<LocalDate> list = calls.get(id);
            if (list != null) {
                list.add(day);
            }
        }

        List<CustomerHistory> build(boolean strongNeed) {
            List<CustomerHistory> out = new ArrayList<>(orders.size());
            orders.forEach((id, list) -> out.add(new CustomerHistory(id, list,
                    new ContactFacts(calls.get(id), List.of(), BigDecimal.ZERO, false, false, strongNeed))));
            return out;
        }
    }
}
