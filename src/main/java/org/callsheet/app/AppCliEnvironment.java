package org.callsheet.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.persistence.safety.StorageFailures;
import org.callsheet.cli.CliEnvironment;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.demo.DemoBook;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.logic.reminders.AgendaService;
import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.SafetySettings;
import org.callsheet.persistence.Database;
import org.callsheet.cli.DatabaseChoice;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.encryption.DatabasePassword;
import org.callsheet.logic.settings.StartupCopy;
import org.callsheet.persistence.encryption.H2DatabaseEncryption;
import org.callsheet.persistence.safety.H2DatabaseSafety;
import org.callsheet.persistence.safety.OpenDatabase;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.logic.visits.DayPlanService;

/** The command line's view of the app, opened for the database the user chose. */
final class AppCliEnvironment implements CliEnvironment {
    private final Path database;
    private final Optional<DatabasePassword> password;
    private AppContext opened;

    private AppCliEnvironment(Path database, Optional<DatabasePassword> password) {
        this.database = database;
        this.password = password;
    }

    /**
     * The environment for the chosen database, opened by the first command that needs it: a check
     * or a restore must be able to start on a file that does not open.
     */
    static AppCliEnvironment open(DatabaseChoice choice) {
        return new AppCliEnvironment(choice.path().orElseGet(DataLocation::defaultDatabase), choice.password());
    }

    private synchronized AppContext context() {
        if (opened == null) {
            opened = AppContext.open(database, StartupCopy.NONE, password);
        }
        return opened;
    }

    /** The database as the commands hold it: opened by the first that needs it, closed before a file is replaced. */
    private OpenDatabase openDatabase() {
        return new OpenDatabase() {
            @Override
            public Database database() {
                return context().database;
            }

            @Override
            public void close() {
                AppCliEnvironment.this.close();
            }
        };
    }

    @Override
    public Optional<StorageUnavailableException> explain(Throwable failure) {
        return new StorageFailures(database).explain(failure);
    }

    @Override
    public DatabaseSafety safety() {
        return new H2DatabaseSafety(database, openDatabase(), Clock.systemDefaultZone(), password);
    }

    @Override
    public DatabaseEncryption encryption() {
        return new H2DatabaseEncryption(database, openDatabase(), safety(), password);
    }

    @Override
    public SafetySettings safetySettings() {
        return context().safetySettings;
    }

    @Override
    public BulkCustomerWriter bulkWriter() {
        // a bulk load leaves the file far larger than its data until compacted
        context().database.compactOnClose();
        return context().bulkWriter;
    }

    @Override
    public CustomerRepository customers() {
        return context().customers;
    }

    @Override
    public CustomerFieldHistory fieldHistory() {
        return context().fieldHistory;
    }

    @Override
    public Clock clock() {
        return context().clock;
    }

    @Override
    public String defaultRepName() {
        return context().settings.repName();
    }

    @Override
    public ClassificationService classification() {
        return context().classification;
    }

    @Override
    public void reclassify(ClassificationProgress progress, BooleanSupplier cancelled) {
        context().classification.reclassifyAll(context().classification.today(), progress, cancelled);
    }

    @Override
    public AgendaService agenda() {
        return context().calls.agenda();
    }

    @Override
    public ImportService imports() {
        return context().imports();
    }

    @Override
    public ExportService exports() {
        return context().exports();
    }

    @Override
    public ProfileSheets profileSheets() {
        return context().profileSheets();
    }

    @Override
    public VisitService visits() {
        return context().visits();
    }

    @Override
    public SheetPreferences sheetPreferences() {
        return context().sheetPreferences();
    }

    @Override
    public DayPlanService dayPlans() {
        return context().dayPlans();
    }

    @Override
    public Optional<DemoBook> demoBook() {
        return Optional.of(context().demoBook());
    }

    @Override
    public FunnelService funnel() {
        return context().funnel;
    }

    @Override
    public SalesBriefs salesBriefs() {
        return context().salesBriefs();
    }

    @Override
    public RegionDirectory regions() {
        return context().regions();
    }

    @Override
    public PhoneNormalizer phoneNormalizer() {
        return context().phones;
    }

    @Override
    public Pinyin pinyin() {
        return context().pinyin;
    }

    @Override
    public synchronized void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }
}
