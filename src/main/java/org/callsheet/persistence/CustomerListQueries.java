package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_CLASSIFICATION;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.customers.SearchEntry;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.CustomerStatus;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Record3;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** The read side of the customer book: id lists, table rows, search-index entries. */
final class CustomerListQueries {
    private static final int FETCH_SIZE = 10_000;

    private final DSLContext dsl;

    CustomerListQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    long[] findIds(CustomerFilter filter, CustomerSort sort) {
        if (ClassificationSortOrder.applies(sort.column())) {
            return ClassificationSortOrder.order(dsl, () -> findIds(filter, CustomerSort.DEFAULT), sort);
        }
        long[] ids = new long[1024];
        int n = 0;
        try (Cursor<Record1<Long>> cursor = idQuery(filter, sort).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record1<Long> r : cursor) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = r.value1();
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** The ids of the filtered customers in the sort's order (each column's order has an index, ADR 4). */
    private ResultQuery<Record1<Long>> idQuery(CustomerFilter filter, CustomerSort sort) {
        return dsl.select(CUSTOMER.ID).from(CUSTOMER).where(condition(filter)).orderBy(sortFields(sort));
    }

    private static Condition condition(CustomerFilter f) {
        Condition c = DSL.noCondition();
        if (!f.statuses().isEmpty()) {
            c = c.and(CUSTOMER.STATUS_RANK.in(f.statuses().stream().map(CustomerSortKeys::statusRank).toList()));
        }
        if (!f.province().isEmpty()) {
            c = c.and(CUSTOMER.PROVINCE.eq(f.province()));
        }
        if (!f.city().isEmpty()) {
            c = c.and(CUSTOMER.CITY.eq(f.city()));
        }
        if (!f.district().isEmpty()) {
            c = c.and(CUSTOMER.DISTRICT.eq(f.district()));
        }
        if (!f.ownerRep().isEmpty()) {
            c = c.and(CUSTOMER.OWNER_REP.eq(f.ownerRep()));
        }
        if (f.customerId() != null) {
            c = c.and(CUSTOMER.ID.eq(f.customerId()));
        }
        if (f.byClassification()) {
            Condition k = CUSTOMER_CLASSIFICATION.CUSTOMER_ID.eq(CUSTOMER.ID);
            if (f.segment() != null) {
                k = k.and(CUSTOMER_CLASSIFICATION.RFM_SEGMENT.eq(f.segment().name()));
            }
            if (f.quadrant() != null) {
                k = k.and(CUSTOMER_CLASSIFICATION.QUADRANT.eq(f.quadrant().name()));
            }
            if (f.churnWarning()) {
                k = k.and(CUSTOMER_CLASSIFICATION.CHURN_WARNING.isTrue());
            }
            c = c.and(DSL.exists(DSL.selectOne().from(CUSTOMER_CLASSIFICATION).where(k)));
        }
        if (!f.tag().isEmpty()) {
            c = c.and(DSL.exists(DSL.selectOne().from(CUSTOMER_TAG)
                    .where(CUSTOMER_TAG.CUSTOMER_ID.eq(CUSTOMER.ID)).and(CUSTOMER_TAG.TAG.eq(f.tag()))));
        }
        return c;
    }

    static List<SortField<?>> sortFields(CustomerSort sort) {
        List<Field<?>> keys = switch (sort.column()) {
            case NAME -> List.of(CUSTOMER.NAME_PINYIN, CUSTOMER.NAME);
            case EXTERNAL_ID -> List.of(CUSTOMER.EXTERNAL_ID);
            case REGION -> List.of(CUSTOMER.PROVINCE, CUSTOMER.CITY, CUSTOMER.DISTRICT, CUSTOMER.NAME_PINYIN);
            case OWNER -> List.of(CUSTOMER.OWNER_REP, CUSTOMER.NAME_PINYIN);
            // the status's rank is kept on the customer with its index (CustomerSortKeys)
            case STATUS -> List.of(CUSTOMER.STATUS_RANK, CUSTOMER.NAME_PINYIN);
            case UPDATED -> List.of(CUSTOMER.UPDATED_AT);
            // ordered in memory from the name order (ClassificationSortOrder, ADR 0018)
            case SEGMENT, QUADRANT, CHURN_WARNING -> throw new IllegalArgumentException("not a column order: " + sort);
        };
        List<SortField<?>> out = new ArrayList<>();
        for (Field<?> key : keys) {
            // the database puts empty values last (DEFAULT_NULL_ORDERING=HIGH), so the order
            // matches the sort indexes exactly and H2 can walk them instead of sorting
            out.add(sort.ascending() ? key.asc() : key.desc());
        }
        out.add(sort.ascending() ? CUSTOMER.ID.asc() : CUSTOMER.ID.desc());
        return out;
    }

    List<CustomerRow> rows(long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        List<Long> idList = Arrays.stream(ids).boxed().toList();
        Field<String> phone = DSL.field(DSL.select(DSL.coalesce(CONTACT.MOBILE_INPUT, CONTACT.PHONE_INPUT))
                .from(CONTACT).where(CONTACT.CUSTOMER_ID.eq(CUSTOMER.ID))
                .orderBy(CONTACT.DECISION_MAKER.desc(), CONTACT.ID).limit(1));
        Field<String> tags = DSL.field(DSL.select(DSL.listAgg(CUSTOMER_TAG.TAG, ", ").withinGroupOrderBy(CUSTOMER_TAG.TAG))
                .from(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(CUSTOMER.ID)));
        Map<Long, CustomerRow> byId = new HashMap<>();
        dsl.select(CUSTOMER.ID, CUSTOMER.EXTERNAL_ID, CUSTOMER.NAME, CUSTOMER.KIND, CUSTOMER.PROVINCE,
                        CUSTOMER.CITY, CUSTOMER.DISTRICT, CUSTOMER.OWNER_REP, CUSTOMER.STATUS, phone, tags,
                        CUSTOMER_CLASSIFICATION.RFM_SEGMENT, CUSTOMER_CLASSIFICATION.QUADRANT,
                        CUSTOMER_CLASSIFICATION.CHURN_WARNING)
                .from(CUSTOMER).leftJoin(CUSTOMER_CLASSIFICATION)
                .on(CUSTOMER_CLASSIFICATION.CUSTOMER_ID.eq(CUSTOMER.ID))
                .where(CUSTOMER.ID.in(idList))
                .forEach(r -> byId.put(r.value1(), new CustomerRow(r.value1(), r.value2(), r.value3(),
                        CustomerKind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(), r.value8(),
                        CustomerStatus.valueOf(r.value9()), r.value10(), r.value11(), r.value12(), r.value13(),
                        Boolean.TRUE.equals(r.value14()))));
        List<CustomerRow> out = new ArrayList<>(ids.length);
        for (long id : ids) {
            CustomerRow row = byId.get(id);
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    void forEachSearchEntry(Consumer<SearchEntry> sink) {
        try (Cursor<Record3<Long, String, String>> people = dsl
                .select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.EXTERNAL_ID)
                .from(CUSTOMER).orderBy(CUSTOMER.ID).fetchSize(FETCH_SIZE).fetchLazy();
             Cursor<Record3<Long, String, String>> phones = dsl
                .select(CONTACT.CUSTOMER_ID, CONTACT.MOBILE_DIAL, CONTACT.PHONE_DIAL)
                .from(CONTACT).orderBy(CONTACT.CUSTOMER_ID).fetchSize(FETCH_SIZE).fetchLazy()) {
            Record3<Long, String, String> phone = phones.fetchNext();
            StringBuilder digits = new StringBuilder();
            for (Record3<Long, String, String> c : people) {
                long id = c.value1();
                digits.setLength(0);
                while (phone != null && phone.value1() <= id) {
                    if (phone.value1() == id) {
                        appendDigits(digits, phone.value2());
                        appendDigits(digits, phone.value3());
                    }
                    phone = phones.fetchNext();
                }
                sink.accept(new SearchEntry(id, c.value2(), c.value3(), digits.toString()));
            }
        }
    }

    Optional<SearchEntry> searchEntry(long id) {
        return dsl.select(CUSTOMER.NAME, CUSTOMER.EXTERNAL_ID)
                .from(CUSTOMER).where(CUSTOMER.ID.eq(id)).fetchOptional()
                .map(c -> {
                    StringBuilder digits = new StringBuilder();
                    dsl.select(CONTACT.MOBILE_DIAL, CONTACT.PHONE_DIAL).from(CONTACT)
                            .where(CONTACT.CUSTOMER_ID.eq(id)).forEach(p -> {
                                appendDigits(digits, p.value1());
                                appendDigits(digits, p.value2());
                            });
                    return new SearchEntry(id, c.value1(), c.value2(), digits.toString());
                });
    }

    private static void appendDigits(StringBuilder out, String digits) {
        if (digits != null && !digits.isEmpty()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(digits);
        }
    }

    List<String> distinct(Field<String> field) {
        return distinct(field, DSL.noCondition());
    }

    List<String> distinct(Field<String> field, Condition condition) {
        return dsl.selectDistinct(field).from(CUSTOMER).where(condition).and(field.isNotNull())
                .orderBy(field).fetch(field);
    }

}
