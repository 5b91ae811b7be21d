package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;

/**
 * A private in-memory database with the call and follow-up repositories, and helpers that write
 * customers, contacts and orders, for the tests of calls and reminders.
 */
public final class JooqCallTestData implements AutoCloseable {
    private static final Instant STAMP = Instant.parse("2020-01-01T00:00:00Z");
    private static final PhoneNormalizer PHONES = new PhoneNormalizer();

    private final Database db = Database.inMemory("calls-" + UUID.randomUUID());
    public final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(), PHONES);
    public final JooqCallRepository calls = new JooqCallRepository(db.dsl());
    public final JooqFollowUpRepository followUps = new JooqFollowUpRepository(db.dsl());
    public final JooqFollowUpCustomerFacts facts = new JooqFollowUpCustomerFacts(db.dsl());
    public final JooqFollowUpChecklistRepository checklist = new JooqFollowUpChecklistRepository(db.dsl());
    public final Settings settings = new Settings(new JooqSettingsRepository(db.dsl()));
    public final JooqVisitRepository visits = new JooqVisitRepository(db.dsl());

    /** Visit facts read in the given time zone. */
    public JooqVisitFacts visitFacts(java.time.ZoneId zone) {
        return new JooqVisitFacts(db.dsl(), zone);
    }

    /** A stored customer with one contact per mobile number; returns its id. */
    public long customer(String name, CustomerStatus status, boolean noNeed, String... mobiles) {
        List<Contact> contacts = Arrays.stream(mobiles).map(m -> contact("联系人" + m, m, null)).toList();
        return customer(name, status, noNeed, contacts);
    }

    public long customer(String name, CustomerStatus status, boolean noNeed, List<Contact> contacts) {
        Customer c = new Customer(null, UUID.randomUUID().toString(), null, name, null, null, null, null, null,
                null, "王伟", List.of(), null, noNeed, status, STAMP, STAMP);
        return customers.insert(c, contacts).id();
    }

    public static Contact contact(String name, String mobile, LocalDate birthday) {
        return new Contact(null, UUID.randomUUID().toString(), null, name, null, false, PHONES.normalize(mobile),
                null, null, birthday, STAMP, STAMP);
    }

    public long firstContactOf(long customerId) {
        return customers.contactsOf(customerId).get(0).id();
    }

    public void order(long customerId, LocalDate date, String amount) {
        db.dsl().insertInto(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.UID, UUID.randomUUID().toString())
                .set(CUSTOMER_ORDER.CUSTOMER_ID, customerId)
                .set(CUSTOMER_ORDER.ORDER_DATE, date)
                .set(CUSTOMER_ORDER.AMOUNT, new BigDecimal(amount))
                .set(CUSTOMER_ORDER.CREATED_AT, Stamps.toDb(STAMP))
                .set(CUSTOMER_ORDER.UPDATED_AT, Stamps.toDb(STAMP))
                .execute();
    }

    /** The churn warning flags of the stored classification in this database. */
    public JooqChurnWarnings churnWarnings() {
        return new JooqChurnWarnings(db.dsl());
    }

    /** The classification service over this database, classifying as of the clock's day. */
    public ClassificationService classification(Clock clock) {
        return new ClassificationService(new JooqClassificationSource(db.dsl(), clock.getZone()),
                new JooqClassificationStore(db.dsl()), ClassificationSettings.DEFAULTS, clock);
    }

    public void deleteCustomer(long customerId) {
        customers.delete(customerId);
    }

    @Override
    public void close() {
        db.close();
    }
}
