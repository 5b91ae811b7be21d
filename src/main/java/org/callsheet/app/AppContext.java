package org.callsheet.app;

import java.nio.file.Path;
import java.time.Clock;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.imports.ExportService;
import org.callsheet.logic.imports.ImportService;
import org.callsheet.logic.imports.SearchIndexRefresh;
import org.callsheet.logic.regions.AddressParser;
import org.callsheet.persistence.JooqImportExportStore;
import org.callsheet.persistence.JooqImportStore;
import org.callsheet.logic.customers.CustomerService;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqCustomerRepository;
import org.callsheet.persistence.JooqSettingsRepository;

/** The one place where the app's objects are built and wired, with plain constructors. */
final class AppContext implements AutoCloseable {
    final Clock clock;
    final Database database;
    final Pinyin pinyin = new Pinyin();
    final PhoneNormalizer phones = new PhoneNormalizer();
    final CustomerRepository customers;
    final BulkCustomerWriter bulkWriter;
    final CustomerSearchIndex searchIndex = new CustomerSearchIndex();
    final CustomerService customerService;
    final CustomerBook customerBook;
    final Settings settings;
    private RegionDirectory regions;
    private ImportService imports;
    private ExportService exports;

    AppContext(Database database, Clock clock) {
        this.clock = clock;
        this.database = database;
        this.customers = new JooqCustomerRepository(database.dsl(), pinyin, phones);
        this.bulkWriter = new JooqBulkCustomerWriter(database.dsl(), pinyin, phones);
        this.customerService = new CustomerService(customers, phones, searchIndex, clock);
        this.customerBook = new CustomerBook(customers, searchIndex);
        this.settings = new Settings(new JooqSettingsRepository(database.dsl()));
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
        }
        return imports;
    }

    synchronized ExportService exports() {
        if (exports == null) {
            exports = new ExportService(new JooqImportExportStore(database.dsl(), pinyin, phones), clock);
        }
        return exports;
    }

    static AppContext open(Path databasePath) {
        return new AppContext(Database.open(databasePath), Clock.systemDefaultZone());
    }

    @Override
    public void close() {
        database.close();
    }
}
