package org.callsheet.ui.funnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.funnel.LostReasonList;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Opportunity;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityTerms;
import org.callsheet.model.Stage;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqOpportunityRepository;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.ui.UiServices;

/** Opportunities, customers and settings over a real H2 database in memory, with a clock the test moves. */
final class FunnelBackend implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Monday 2 March 2026, 10:00 in Beijing. */
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    final MovingClock clock = new MovingClock(NOW);
    final Database database = Database.inMemory("funnelui-" + UUID.randomUUID());
    final PhoneNormalizer phones = new PhoneNormalizer();
    final JooqCustomerRepository customerRepository = new JooqCustomerRepository(database.dsl(), new Pinyin(), phones);
    final CustomerSearchIndex index = new CustomerSearchIndex(new Pinyin());
    final CustomerService customers = new CustomerService(customerRepository, phones, index, clock, () -> "");
    final CustomerBook book = new CustomerBook(customerRepository, index);
    final Settings settings = new Settings(new JooqSettingsRepository(database.dsl()));
    final JooqOpportunityRepository opportunityRepository = new JooqOpportunityRepository(database.dsl());
    final OpportunityService opportunities;
    final FunnelTools tools;

    FunnelBackend() {
        settings.put(Settings.REP_NAME, "王芳");
        opportunities = new OpportunityService(opportunityRepository, settings, clock);
        tools = new FunnelTools(opportunities, new FunnelService(opportunityRepository, ZONE), new LostReasonList(settings));
    }

    Customer customer(String name) {
        Customer blank = customers.blank("王芳");
        Customer c = new Customer(null, blank.uid(), null, name, null, null, null,
                new Address("", "北京市", "北京市", "海淀区"), null, null, "王芳", List.of(), null, false,
                CustomerStatus.PROSPECT, null, null);
        return customers.save(c, List.of());
    }

    void loadIndex() {
        book.loadIndex(n -> { }, () -> false);
    }

    /** Opens an opportunity now, at the first stage, then moves it to {@code stage}. */
    Opportunity open(Customer customer, String title, String amount, Stage stage) {
        Opportunity o = opportunities.open(customer.id(), new OpportunityTerms(title, new BigDecimal(amount), "",
                OpportunitySource.MANUAL, LocalDate.of(2026, 6, 30), "", ""), Stage.LEAD);
        return stage == Stage.LEAD ? o : opportunities.moveTo(o.id(), stage);
    }

    UiServices services() {
        return UiServices.builder(customers, book, settings, clock).version("test").funnel(tools).build();
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock that stands still until the test moves it. */
    static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
