package org.callsheet.app;

import org.callsheet.logic.regions.AreaCodeDirectory;
import org.callsheet.logic.regions.CustomerLocator;
import org.callsheet.logic.routing.RouteSolver;
import org.callsheet.logic.visits.DayPlanService;
import org.callsheet.logic.demo.DemoActivity;
import org.callsheet.logic.demo.DemoBook;
import org.callsheet.logic.regions.TownDirectory;
import org.callsheet.logic.sheets.day.DaySheets;
import org.callsheet.logic.visits.TravelSettings;
import org.callsheet.logic.visits.VisitCandidates;
import org.callsheet.logic.visits.VisitRules;
import org.callsheet.persistence.JooqVisitFacts;
import org.callsheet.persistence.JooqVisitRepository;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.callsheet.logic.classification.ClassificationAnalysis;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.persistence.JooqClassificationQueries;
import org.callsheet.persistence.JooqClassificationSource;
import org.callsheet.persistence.JooqClassificationStore;

import java.nio.file.Path;
import java.time.Clock;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.csv.imports.SearchIndexRefresh;
import org.callsheet.logic.csv.imports.SettingsAfterImport;
import org.callsheet.logic.classification.ClassificationSettingsStore;
import org.callsheet.logic.csv.imports.ReclassifyAfterImport;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.settings.StartupCopy;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqCallRepository;
import org.callsheet.persistence.JooqChurnWarnings;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqCustomerFieldHistory;
import org.callsheet.persistence.JooqFollowUpChecklistRepository;
import org.callsheet.persistence.JooqFollowUpCustomerFacts;
import org.callsheet.persistence.JooqFollowUpRepository;
import org.callsheet.persistence.JooqSettingsRepository;
import org.callsheet.logic.reminders.CallServices;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.brief.StoredBriefSources;
import org.callsheet.logic.funnel.OpportunityService;
import org.callsheet.persistence.JooqOpportunityRepository;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.persistence.JooqVisitRepository;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.sheets.profile.StoredDealings;
import org.callsheet.logic.sheets.profile.StoredProfileSources;
import org.callsheet.logic.safety.BackupBeforeImport;
import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.SafetySettings;
import java.util.Optional;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.persistence.encryption.H2DatabaseEncryption;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.OpenDatabase;

/** The one place where the app's objects are built and wired, with plain constructors. */
final class AppContext implements AutoCloseable {
    final Clock clock;
    final Database database;
    final Pinyin pinyin = new Pinyin();
    final PhoneNormalizer phones = new PhoneNormalizer();
    final CustomerRepository customers;
    final BulkCustomerWriter bulkWriter;
    final CustomerSearchIndex searchIndex = new CustomerSearchIndex(pinyin);
    final CustomerService customerService;
    final CustomerFieldHistory fieldHistory;
    final CustomerBook customerBook;
    final Settings settings;
    final CallServices calls;
    final ClassificationService classification;
    final ClassificationBackend analysis;
    final DatabaseSafety safety;
    final SafetySettings safetySettings;
    final DatabaseEncryption encryption;
    private boolean closed;
    final JooqOpportunityRepository opportunityStore;
    final OpportunityService opportunities;
    final FunnelService funnel;
    private RegionDirectory regions;
    private ImportService imports;
    private ExportService exports;
    private ProfileSheets profileSheets;
    private DayPlanService dayPlans;
    private VisitService visits;
    private SalesBriefs salesBriefs;

    AppContext(Path databasePath, Database database, Clock clock, StartupCopy startupCopy) {
        this(databasePath, database, clock, startupCopy, Optional.empty());
    }

    /** @param password the password the database was opened with, for its backups and its encryption */
    AppContext(Path databasePath, Database database, Clock clock, StartupCopy startupCopy,
               Optional<DatabasePassword> password) {
        this.clock = clock;
        this.database = database;
        this.customers = new JooqCustomerRepository(database.dsl(), pinyin, phones);
        this.bulkWriter = new JooqBulkCustomerWriter(database.dsl(), pinyin, phones);
        this.settings = new Settings(new JooqSettingsRepository(database.dsl()), startupCopy);
        this.customerService = new CustomerService(customers, phones, searchIndex, clock, settings::repName);
        this.customerBook = new CustomerBook(customers, searchIndex);
        this.fieldHistory = new JooqCustomerFieldHistory(database.dsl());
        this.calls = CallServices.create(new JooqCallRepository(database.dsl()),
                new JooqFollowUpRepository(database.dsl()), new JooqFollowUpChecklistRepository(database.dsl()),
                new JooqFollowUpCustomerFacts(database.dsl()), new JooqChurnWarnings(database.dsl()), phones,
                settings, clock);
        ZoneId zone = clock.getZone();
        JooqClassificationQueries classificationQueries = new JooqClassificationQueries(database.dsl(), zone);
        ClassificationSettingsStore thresholds = new ClassificationSettingsStore(settings);
        this.classification = new ClassificationService(new JooqClassificationSource(database.bulkReads(), zone),
                new JooqClassificationStore(database.dsl()), thresholds::read, clock);
        this.analysis = new ClassificationBackend(classification,
                new ClassificationAnalysis(classificationQueries, thresholds::read, clock),
                classificationQueries);
        this.safetySettings = new SafetySettings(settings);
        OpenDatabase open = new OpenDatabase() {
            @Override
            public Database database() {
                return database;
            }

            @Override
            public void close() {
                AppContext.this.close();
            }
        };
        this.safety = new H2DatabaseSafety(databasePath, open, clock, password);
        this.encryption = new H2DatabaseEncryption(databasePath, open, safety, password);
        this.opportunityStore = new JooqOpportunityRepository(database.dsl(), database.bulkReads());
        this.opportunities = new OpportunityService(opportunityStore, settings, clock);
        this.funnel = new FunnelService(opportunityStore, zone);
    }

    /** The shipped region data, loaded on first use (it is not needed to show the window). */
    synchronized RegionDirectory regions() {
        if (regions == null) {
            regions = RegionDirectory.shipped();
        }
        return regions;
    }

    /** Imports, built on first use; after every import or undo the search index is rebuilt. */
    synchronized ImportService imports() {
        if (imports == null) {
            AddressParser addresses = new AddressParser(regions());
            imports = new ImportService(new JooqImportStore(database.dsl(), pinyin, phones), phones,
                    addresses::parse, clock);
            imports.addListener(new SearchIndexRefresh(searchIndex, customers));
            imports.addListener(new ReclassifyAfterImport(classification));
            imports.addListener(new SettingsAfterImport(settings));
            imports.addListener(new BackupBeforeImport(safety, safetySettings));
        }
        return imports;
    }

    synchronized ExportService exports() {
        if (exports == null) {
            exports = new ExportService(new JooqImportExportStore(database.dsl(), pinyin, phones), clock);
        }
        return exports;
    }

    /** Profile sheets over the stored customers, calls, follow-ups and classification, built on first use. */
    synchronized ProfileSheets profileSheets() {
        if (profileSheets == null) {
            profileSheets = new ProfileSheets(new StoredProfileSources(customers, new JooqCallRepository(database.dsl()),
                    new JooqFollowUpRepository(database.dsl()), new JooqFollowUpCustomerFacts(database.dsl()),
                    classification, calls.outcomes(), clock).withDealings(
                            new StoredDealings(new JooqVisitRepository(database.dsl()), opportunityStore)),
                    SheetFont.shipped().metrics(), clock);
        }
        return profileSheets;
    }

    /** The day sheet with the profile sheets behind it, built on first use. */
    synchronized DaySheets daySheets() {
        return new DaySheets(profileSheets(), SheetFont.shipped().metrics(), clock);
    }

    /** The sales brief over the stored opportunities, calls, visits and follow-ups, built on first use. */
    synchronized SalesBriefs salesBriefs() {
        if (salesBriefs == null) {
            salesBriefs = new SalesBriefs(new StoredBriefSources(funnel, opportunityStore,
                    new JooqCallRepository(database.dsl()), new JooqVisitRepository(database.dsl()),
                    new JooqFollowUpRepository(database.dsl()), customers, settings.derived(FunnelSettings::from),
                    clock), SheetFont.shipped().metrics(), clock);
        }
        return salesBriefs;
    }

    synchronized VisitService visits() {
        if (visits == null) {
            visits = new VisitService(new JooqVisitRepository(database.dsl()), clock);
        }
        return visits;
    }

    SheetPreferences sheetPreferences() {
        return SheetPreferences.read(settings);
    }

    /** The demo book's plan keeping, pipeline, calls and visits. */
    DemoBook demoBook() {
        return new DemoBook(settings, opportunityStore, new DemoActivity(customers, new JooqCallRepository(database.dsl()),
                new JooqVisitRepository(database.dsl()), phones, clock), clock);
    }

    /** Visit candidates, placed, routed and timed; built on first use. */
    synchronized DayPlanService dayPlans() {
        if (dayPlans == null) {
            ZoneId zone = clock.getZone();
            JooqVisitRepository visits = new JooqVisitRepository(database.dsl());
            VisitCandidates candidates = new VisitCandidates(new JooqFollowUpRepository(database.dsl()),
                    new JooqVisitFacts(database.dsl(), zone), new JooqFollowUpCustomerFacts(database.dsl()), visits,
                    new JooqChurnWarnings(database.dsl()), () -> analysis.potentialBigCustomers().stream().map(r -> r.customerId()).collect(Collectors.toSet()),
                    settings.derived(VisitRules::from), zone);
            dayPlans = new DayPlanService(candidates, visits, customers,
                    new CustomerLocator(regions(), AreaCodeDirectory.shipped(regions()), TownDirectory.shipped()), regions(),
                    new RouteSolver(), settings.derived(TravelSettings::from));
        }
        return dayPlans;
    }

    static AppContext open(Path databasePath) {
        return open(databasePath, StartupCopy.NONE);
    }

    /** Opens the database for the window: its settings keep {@code startupCopy} in step. */
    static AppContext open(Path databasePath, StartupCopy startupCopy) {
        return open(databasePath, startupCopy, Optional.empty());
    }

    /** As above, with the password of an encrypted database (ignored for a plain one, ADR 37). */
    static AppContext open(Path databasePath, StartupCopy startupCopy, Optional<DatabasePassword> password) {
        return new AppContext(databasePath, Database.open(databasePath, password), Clock.systemDefaultZone(),
                startupCopy, password);
    }

    /** Closes the database; a restore closes it early, so a second call does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            database.close();
        }
    }
}
