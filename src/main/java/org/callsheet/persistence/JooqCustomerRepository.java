package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CONTACT;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;
import static org.callsheet.persistence.jooq.Tables.CUSTOMER_TAG;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSnapshot;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.customers.SearchEntry;
import org.callsheet.logic.history.CustomerFieldDiff;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.ChangeSource;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerRow;
import org.callsheet.model.Order;
import org.callsheet.persistence.jooq.tables.records.ContactRecord;
import org.callsheet.persistence.jooq.tables.records.CustomerOrderRecord;
import org.callsheet.persistence.jooq.tables.records.CustomerRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Customers, contacts, tags and orders in H2 through jOOQ. Every write is one transaction. */
public final class JooqCustomerRepository implements CustomerRepository {
    private final DSLContext dsl;
    private final CustomerRecordMapper customers;
    private final ContactRecordMapper contacts;
    private final OrderRecordMapper orders = new OrderRecordMapper();
    private final CustomerListQueries lists;

    public JooqCustomerRepository(DSLContext dsl, Pinyin pinyin, PhoneNormalizer phones) {
        this.dsl = dsl;
        this.customers = new CustomerRecordMapper(pinyin);
        this.contacts = new ContactRecordMapper(phones);
        this.lists = new CustomerListQueries(dsl);
    }

    @Override
    public Optional<Customer> findById(long id) {
        return findOne(dsl, CUSTOMER.ID.eq(id));
    }

    @Override
    public Optional<Customer> findByUid(String uid) {
        return findOne(dsl, CUSTOMER.UID.eq(uid));
    }

    @Override
    public Optional<Customer> findByExternalId(String externalId) {
        return findOne(dsl, CUSTOMER.EXTERNAL_ID.eq(externalId));
    }

    private Optional<Customer> findOne(DSLContext ctx, Condition condition) {
        return ctx.selectFrom(CUSTOMER).where(condition).fetchOptional()
                .map(r -> customers.toModel(r, tagsOf(ctx, r.getId())));
    }

    private static List<String> tagsOf(DSLContext ctx, long customerId) {
        return ctx.select(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(customerId))
                .orderBy(CUSTOMER_TAG.TAG).fetch(CUSTOMER_TAG.TAG);
    }

    @Override
    public Customer insert(Customer customer, List<Contact> contactList) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = insertCustomer(tx, customer);
            for (Contact c : contactList) {
                insertContact(tx, c, id);
            }
            return customer.withId(id);
        });
    }

    private long insertCustomer(DSLContext tx, Customer customer) {
        CustomerRecord r = tx.newRecord(CUSTOMER);
        customers.fill(r, customer);
        r.store();
        writeTags(tx, r.getId(), customer.tags());
        return r.getId();
    }

    private void insertContact(DSLContext tx, Contact c, long customerId) {
        ContactRecord r = tx.newRecord(CONTACT);
        contacts.fill(r, c, customerId);
        r.store();
    }

    private static void writeTags(DSLContext tx, long customerId, List<String> tags) {
        tx.deleteFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(customerId)).execute();
        Set<String> unique = tags.stream().map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (String tag : unique) {
            tx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).values(customerId, tag).execute();
        }
    }

    @Override
    public void update(Customer customer, List<Contact> contactList, String editedBy) {
        long id = customer.id();
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            CustomerRecord r = tx.fetchSingle(CUSTOMER, CUSTOMER.ID.eq(id));
            Customer before = customers.toModel(r, tagsOf(tx, id));
            CustomerFieldChangeWriter history = new CustomerFieldChangeWriter(tx, ChangeSource.rep(editedBy));
            history.add(id, customer.updatedAt(), CustomerFieldDiff.between(before, customer));
            history.write();
            customers.fill(r, customer);
            r.store();
            writeTags(tx, id, customer.tags());
            Set<String> keep = contactList.stream().map(Contact::uid).collect(Collectors.toSet());
            tx.deleteFrom(CONTACT).where(CONTACT.CUSTOMER_ID.eq(id)).and(CONTACT.UID.notIn(keep)).execute();
            for (Contact c : contactList) {
                ContactRecord existing = tx.fetchOne(CONTACT, CONTACT.UID.eq(c.uid()));
                ContactRecord target = existing != null ? existing : tx.newRecord(CONTACT);
                contacts.fill(target, existing != null ? c.withIds(existing.getId(), id) : c.withIds(null, id), id);
                target.store();
            }
        });
    }

    @Override
    public Optional<CustomerSnapshot> delete(long id) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Optional<Customer> customer = findOne(tx, CUSTOMER.ID.eq(id));
            if (customer.isEmpty()) {
                return Optional.<CustomerSnapshot>empty();
            }
            CustomerSnapshot snapshot = new CustomerSnapshot(customer.get(), contactsOf(tx, id), ordersOf(tx, id),
                    JooqCustomerRemains.capture(tx, id));
            tx.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).execute();
            return Optional.of(snapshot);
        });
    }

    @Override
    public void restore(CustomerSnapshot snapshot) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (snapshot.remains() instanceof JooqCustomerRemains remains) {
                remains.restore(tx);
                return;
            }
            long id = insertCustomer(tx, snapshot.customer());
            for (Contact c : snapshot.contacts()) {
                insertContact(tx, c, id);
            }
            for (Order o : snapshot.orders()) {
                CustomerOrderRecord r = tx.newRecord(CUSTOMER_ORDER);
                orders.fill(r, o, id);
                r.store();
            }
        });
    }

    @Override
    public List<Contact> contactsOf(long customerId) {
        return contactsOf(dsl, customerId);
    }

    private List<Contact> contactsOf(DSLContext ctx, long customerId) {
        return ctx.selectFrom(CONTACT).where(CONTACT.CUSTOMER_ID.eq(customerId)).orderBy(CONTACT.ID)
                .fetch(contacts::toModel);
    }

    @Override
    public List<Order> ordersOf(long customerId) {
        return ordersOf(dsl, customerId);
    }

    private List<Order> ordersOf(DSLContext ctx, long customerId) {
        return ctx.selectFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.CUSTOMER_ID.eq(customerId))
                .orderBy(CUSTOMER_ORDER.ORDER_DATE.desc(), CUSTOMER_ORDER.ID.desc())
                .fetch(orders::toModel);
    }

    @Override
    public long count() {
        return dsl.fetchCount(CUSTOMER);
    }

    @Override
    public long[] findIds(CustomerFilter filter, CustomerSort sort) {
        return lists.findIds(filter, sort);
    }

    @Override
    public List<CustomerRow> rows(long[] ids) {
        return lists.rows(ids);
    }

    @Override
    public void forEachSearchEntry(Consumer<SearchEntry> sink) {
        lists.forEachSearchEntry(sink);
    }

    @Override
    public Optional<SearchEntry> searchEntry(long id) {
        return lists.searchEntry(id);
    }

    @Override
    public List<String> owners() {
        return lists.distinct(CUSTOMER.OWNER_REP);
    }

    @Override
    public List<String> tags() {
        return dsl.selectDistinct(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG).orderBy(CUSTOMER_TAG.TAG)
                .fetch(CUSTOMER_TAG.TAG);
    }

    @Override
    public List<String> provinces() {
        return lists.distinct(CUSTOMER.PROVINCE);
    }

    @Override
    public List<String> cities(String province) {
        return lists.distinct(CUSTOMER.CITY, CUSTOMER.PROVINCE.eq(province));
    }

    @Override
    public List<String> districts(String province, String city) {
        return lists.distinct(CUSTOMER.DISTRICT, CUSTOMER.PROVINCE.eq(province).and(CUSTOMER.CITY.eq(city)));
    }
}
