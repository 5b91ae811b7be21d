package org.callsheet.ui.calls;

import org.callsheet.logic.reminders.CallServices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.rules.ClassificationSettings;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Phone;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqClassificationSource;
import org.callsheet.persistence.JooqClassificationStore;
import org.callsheet.persistence.JooqChurnWarnings;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqFollowUpChecklistRepository;
import org.callsheet.persistence.JooqFollowUpCustomerFacts;
import org.callsheet.persistence.JooqFollowUpRepository;
import org.callsheet.persistence.JooqSettingsRepository;

/** The call services over a real H2 database in memory, with a clock the test moves. */
public final class CallBackend implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2 March 2026, 10:00 in Beijing. */
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    public final MovableClock clock = new MovableClock(NOW, ZONE);
    public final Database database = Database.inMemory("calls-" + UUID.randomUUID());
    public final PhoneNormalizer phones = new PhoneNormalizer();
    public final JooqCustomerRepository repository = new JooqCustomerRepository(database.dsl(), new Pinyin(), phones);
    public final CustomerSearchIndex index = new CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
    public final CustomerService customers = new CustomerService(repository, phones, index, clock, () -> "王芳");
    public final CustomerBook book = new CustomerBook(repository, index);
    public final Settings settings = new Settings(new JooqSettingsRepository(database.dsl()));
    public final CallServices calls = CallServices.create(new JooqCallRepository(database.dsl()),
            new JooqFollowUpRepository(database.dsl()), new JooqFollowUpChecklistRepository(database.dsl()),
            new JooqFollowUpCustomerFacts(database.dsl()), new JooqChurnWarnings(database.dsl()), phones, settings, clock);

    public Customer add(String name, CustomerStatus status, String contactName, String mobile) {
        Customer blank = customers.blank("王芳");
        Customer c = new Customer(null, blank.uid(), null, name, null, null, null,
                new Address("", "北京市", "北京市", "海淀区"), null, null, "王芳", List.of(), null, false, status,
                null, null);
        Contact contact = new Contact(null, UUID.randomUUID().toString(), null, contactName, "经理", true,
                new Phone(mobile, ""), Phone.NONE, null, null, null, null);
        Customer saved = customers.save(c, List.of(contact));
        return saved;
    }

    /** An order written straight into the table (the call screens only read orders). */
    public void order(long customerId, java.time.LocalDate date, String amount) {
        database.dsl().insertInto(org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER)
                .set(org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER.UID, UUID.randomUUID().toString())
                .set(org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER.CUSTOMER_ID, customerId)
                .set(org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER.ORDER_DATE, date)
                .set(org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER.AMOUNT, new java.math.BigDecimal(amount))
                .set(org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER.CREATED_AT, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .set(org.callsheet.persistence.jooq.Tables.CUSTOMER_ORDER.UPDATED_AT, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .execute();
    }

    /** Runs the classification over this database as of the clock's day (stores churn warnings). */
    public void classify() {
        new ClassificationService(new JooqClassificationSource(database.dsl(), ZONE),
                new JooqClassificationStore(database.dsl()), ClassificationSettings.DEFAULTS, clock)
                .reclassifyAll(java.time.LocalDate.now(clock), ClassificationProgress.NONE, () -> false);
    }

    public void loadIndex() {
        book.invalidate();
        book.loadIndex(n -> { }, () -> false);
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock that stands still until the test moves it. */
    public static final class MovableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MovableClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
