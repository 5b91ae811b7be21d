package org.callsheet.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerStatus;

/** A private in-memory database with the opportunity repository and a helper that writes customers. */
public final class FunnelTestData implements AutoCloseable {
    private static final Instant STAMP = Instant.parse("2020-01-01T00:00:00Z");
    private final Database db = Database.inMemory("funnel-" + UUID.randomUUID());
    public final JooqCustomerRepository customers = new JooqCustomerRepository(db.dsl(), new Pinyin(),
            new PhoneNormalizer());
    public final JooqOpportunityRepository opportunities = new JooqOpportunityRepository(db.dsl());

    public long customer(String name) {
        Customer c = new Customer(null, UUID.randomUUID().toString(), null, name, null, null, null, null, null,
                null, "王伟", List.of(), null, false, CustomerStatus.PROSPECT, STAMP, STAMP);
        return customers.insert(c, List.of()).id();
    }

    /** The opportunity service over this database, acting as {@code rep} at the clock's time. */
    public OpportunityService service(Clock clock, String rep) {
        return new OpportunityService(opportunities, FunnelSettings::defaults, () -> rep, clock);
    }

    public Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
