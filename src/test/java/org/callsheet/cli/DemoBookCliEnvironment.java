package org.callsheet.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.demo.DemoActivity;
import org.callsheet.logic.demo.DemoBook;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqClassificationSource;
import org.callsheet.persistence.JooqClassificationStore;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqOpportunityRepository;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.persistence.JooqVisitRepository;

/**
 * The demo command over a real H2 database in memory; its customer writer can be made to stop
 * after some batches, as a run killed half way would (every batch before it stays committed).
 */
final class DemoBookCliEnvironment implements CliEnvironment {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    final Database database = Database.inMemory("demo-" + UUID.randomUUID());
    final PhoneNormalizer phones = new PhoneNormalizer();
    final JooqCustomerRepository customers = new JooqCustomerRepository(database.dsl(), new Pinyin(), phones);
    final Settings settings = new Settings(new JooqSettingsRepository(database.dsl()));
    final JooqOpportunityRepository opportunities = new JooqOpportunityRepository(database.dsl());
    final JooqCallRepository calls = new JooqCallRepository(database.dsl());
    final JooqVisitRepository visits = new JooqVisitRepository(database.dsl());
    final ClassificationService classification = new ClassificationService(
            new JooqClassificationSource(database.bulkReads(), CLOCK.getZone()),
            new JooqClassificationStore(database.dsl()), new ClassificationSettingsStore(settings)::read, CLOCK);
    /** The writer fails on this batch (counted from 0 over the environment's life); -1: never. */
    int failOnBatch = -1;
    private int batches;

    @Override
    public BulkCustomerWriter bulkWriter() {
        BulkCustomerWriter writer = new JooqBulkCustomerWriter(database.dsl(), new Pinyin(), phones);
        return entries -> {
            if (batches++ == failOnBatch) {
                throw new IllegalStateException("the process was killed");
            }
            return writer.insertAll(entries);
        };
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public Optional<DemoBook> demoBook() {
        return Optional.of(new DemoBook(settings, opportunities,
                new DemoActivity(customers, calls, visits, phones, CLOCK), CLOCK));
    }

    @Override
    public void reclassify(ClassificationProgress progress, BooleanSupplier cancelled) {
        classification.reclassifyAll(classification.today(), progress, cancelled);
    }

    @Override
    public Clock clock() {
        return CLOCK;
    }

    @Override
    public String defaultRepName() {
        return "张伟";
    }
}
