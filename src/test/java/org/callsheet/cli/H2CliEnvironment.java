package org.callsheet.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.reminders.AgendaService;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.persistence.JooqOpportunityRepository;
import org.callsheet.persistence.JooqVisitRepository;
import org.callsheet.persistence.JooqCustomerFieldHistory;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.sheets.profile.StoredDealings;
import org.callsheet.logic.sheets.profile.StoredProfileSources;
import java.util.Set;
import org.callsheet.logic.regions.AreaCodeDirectory;
import org.callsheet.logic.regions.CustomerLocator;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.routing.RouteSolver;
import org.callsheet.logic.visits.DayPlanService;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitCandidates;
import org.callsheet.logic.visits.VisitRules;
import org.callsheet.model.Address;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.model.Phone;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqClassificationSource;
import org.callsheet.persistence.JooqClassificationStore;
import org.callsheet.persistence.JooqChurnWarnings;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqFollowUpChecklistRepository;
import org.callsheet.persistence.JooqFollowUpCustomerFacts;
import org.callsheet.persistence.JooqFollowUpRepository;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.persistence.JooqVisitFacts;
import org.callsheet.persistence.JooqVisitRepository;
import org.callsheet.logic.reminders.CallServices;

/** The command line over a real H2 database in memory, wired like the app; closed by the test. */
final class H2CliEnvironment implements CliEnvironment {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    final Database database = Database.inMemory("cli-" + UUID.randomUUID());
    final PhoneNormalizer phones = new PhoneNormalizer();
    final JooqCustomerRepository customers = new JooqCustomerRepository(database.dsl(), new Pinyin(), phones);
    final CallServices calls = CallServices.create(new JooqCallRepository(database.dsl()),
            new JooqFollowUpRepository(database.dsl()), new JooqFollowUpChecklistRepository(database.dsl()),
            new JooqFollowUpCustomerFacts(database.dsl()), new JooqChurnWarnings(database.dsl()), phones,
            new Settings(new JooqSettingsRepository(database.dsl())), CLOCK);

    final ClassificationService classification = new ClassificationService(
            new JooqClassificationSource(database.bulkReads(), CLOCK.getZone()),
            new JooqClassificationStore(database.dsl()),
            new ClassificationSettingsStore(new Settings(new JooqSettingsRepository(database.dsl())))::read, CLOCK);
    final ProfileSheets profileSheets = new ProfileSheets(new StoredProfileSources(customers,
            new JooqCallRepository(database.dsl()), new JooqFollowUpRepository(database.dsl()),
            new JooqFollowUpCustomerFacts(database.dsl()), classification, calls.outcomes(), CLOCK).withDealings(
                    new StoredDealings(new JooqVisitRepository(database.dsl()),
                            new JooqOpportunityRepository(database.dsl()))),
            SheetFont.shipped().metrics(), CLOCK);

    final VisitService visits = new VisitService(new JooqVisitRepository(database.dsl()), CLOCK);
    final Settings settings = new Settings(new JooqSettingsRepository(database.dsl()));

    @Override
    public SheetPreferences sheetPreferences() {
        return SheetPreferences.read(settings);
    }

    Function<DatabaseChoice, CliEnvironment> factory() {
        return path -> this;
    }

    Customer add(String name, CustomerStatus status) {
        return add(null, name, status, null);
    }

    /** A customer with an external id and an address in a region. */
    Customer add(String externalId, String name, CustomerStatus status, Address address) {
        Customer c = new Customer(null, UUID.randomUUID().toString(), externalId, name, CustomerKind.COMPANY, null, null,
                address, null, null, "张伟", List.of(), null, false, status, CLOCK.instant(), CLOCK.instant());
        return customers.insert(c, List.of(new Contact(null, UUID.randomUUID().toString(), null, "李明", null, true,
                new Phone("13800138000", "+8613800138000"), Phone.NONE, null, null, CLOCK.instant(), CLOCK.instant())));
    }

    /** A customer at an address (province, city, district, street), without coordinates. */
    Customer addAt(String name, CustomerStatus status, Address address) {
        Customer c = new Customer(null, UUID.randomUUID().toString(), "X-" + name.hashCode(), name,
                CustomerKind.COMPANY, null, null, address, null, null, "张伟", List.of(), null, false, status,
                CLOCK.instant(), CLOCK.instant());
        return customers.insert(c, List.of());
    }

    @Override
    public DayPlanService dayPlans() {
        RegionDirectory regions = RegionDirectory.shipped();
        JooqVisitRepository visits = new JooqVisitRepository(database.dsl());
        VisitCandidates candidates = new VisitCandidates(new JooqFollowUpRepository(database.dsl()),
                new JooqVisitFacts(database.dsl(), CLOCK.getZone()), new JooqFollowUpCustomerFacts(database.dsl()),
                visits, new JooqChurnWarnings(database.dsl()), Set::of, () -> VisitRules.DEFAULTS, CLOCK.getZone());
        return new DayPlanService(candidates, visits, customers, new CustomerLocator(regions,
                AreaCodeDirectory.shipped(regions)), regions, new RouteSolver(), TravelSettings::cityDefaults);
    }

    @Override
    public BulkCustomerWriter bulkWriter() {
        return new JooqBulkCustomerWriter(database.dsl(), new Pinyin(), phones);
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public CustomerFieldHistory fieldHistory() {
        return new JooqCustomerFieldHistory(database.dsl());
    }

    @Override
    public VisitService visits() {
        return visits;
    }

    @Override
    public ProfileSheets profileSheets() {
        return profileSheets;
    }

    @Override
    public AgendaService agenda() {
        return calls.agenda();
    }

    @Override
    public Clock clock() {
        return CLOCK;
    }

    @Override
    public String defaultRepName() {
        return "张伟";
    }

    @Override
    public void close() {
        // the test closes the database after all runs
    }
}
