package org.callsheet.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.customers.BulkCustomerWriter;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.logic.demo.DemoBook;
import org.callsheet.logic.csv.exports.ExportService;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.funnel.FunnelService;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.profile.ProfileSheets;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.logic.visits.VisitService;
import org.callsheet.logic.reminders.AgendaService;
import org.callsheet.logic.encryption.DatabaseEncryption;
import org.callsheet.logic.safety.DatabaseSafety;
import org.callsheet.logic.safety.SafetySettings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.logic.visits.DayPlanService;

/**
 * Everything a command needs from the running application, built by the app for the database the
 * user chose. The CLI never learns how storage is opened; it closes the environment when the
 * command is done.
 */
public interface CliEnvironment extends AutoCloseable {

    /**
     * The storage problem (a full disk, a damaged file) behind {@code failure}, also when no
     * statement said so (a failed batch or commit); empty when it is none.
     */
    default Optional<StorageUnavailableException> explain(Throwable failure) {
        return StorageUnavailableException.in(failure);
    }


    BulkCustomerWriter bulkWriter();

    CustomerRepository customers();

    Clock clock();

    /** The rep new records are assigned to when the input names none. */
    String defaultRepName();

    /** Classification of the whole customer book; environments without a database do not offer it. */
    default ClassificationService classification() {
        throw new UnsupportedOperationException("classification needs a database");
    }

    /**
     * Brings the stored classification up to date after a bulk change such as the demo data.
     * Environments that store no classification have nothing to do.
     */
    default void reclassify(ClassificationProgress progress, BooleanSupplier cancelled) {
    }

    /** The agenda of a day: follow-ups, key dates, holidays, end-of-day checklist. */
    default AgendaService agenda() {
        throw new UnsupportedOperationException("this environment has no agenda");
    }

    /** Imports of customers and orders from CSV, and their undo; environments without a database do not offer it. */
    /** Customers' field history; environments without a database do not keep one. */
    default CustomerFieldHistory fieldHistory() {
        throw new UnsupportedOperationException("the field history needs a database");
    }

    default ImportService imports() {
        throw new UnsupportedOperationException("imports need a database");
    }

    /** Exports of customers and orders to CSV; environments without a database do not offer it. */
    default ExportService exports() {
        throw new UnsupportedOperationException("exports need a database");
    }

    /** Profile sheets of customers; environments without a database do not offer them. */
    default ProfileSheets profileSheets() {
        throw new UnsupportedOperationException("profile sheets need a database");
    }

    /** Planned visits (a day's visits in route order); environments without a database do not offer them. */
    default VisitService visits() {
        throw new UnsupportedOperationException("visits need a database");
    }

    /** Sections, empty fields and paper of profile sheets as Settings keeps them. */
    default SheetPreferences sheetPreferences() {
        return SheetPreferences.DEFAULTS;
    }

    /** Day plans of visits from the stored candidates; environments without a database do not offer it. */
    default DayPlanService dayPlans() {
        throw new UnsupportedOperationException("day plans need a database");
    }

    /** Backups, restore and the consistency check; environments without a database do not offer them. */
    default DatabaseSafety safety() {
        throw new UnsupportedOperationException("backups need a database");
    }

    /** Encryption of the database file; environments without a database do not offer it. */
    default DatabaseEncryption encryption() {
        throw new UnsupportedOperationException("encryption needs a database");
    }

    /** How many rolling backups to keep. */
    default SafetySettings safetySettings() {
        throw new UnsupportedOperationException("backups need a database");
    }

    /** Where a demo book keeps its plan and gets its pipeline, calls and visits; empty without a database. */
    default Optional<DemoBook> demoBook() {
        return Optional.empty();
    }

    /** The sales funnel's figures; environments without a database do not offer it. */
    default FunnelService funnel() {
        throw new UnsupportedOperationException("the funnel needs a database");
    }

    /** The sales brief; environments without a database do not offer it. */
    default SalesBriefs salesBriefs() {
        throw new UnsupportedOperationException("the sales brief needs a database");
    }

    default RegionDirectory regions() {
        return RegionDirectory.shipped();
    }

    default PhoneNormalizer phoneNormalizer() {
        return new PhoneNormalizer();
    }

    default Pinyin pinyin() {
        return new Pinyin();
    }

    @Override
    default void close() {
    }
}
