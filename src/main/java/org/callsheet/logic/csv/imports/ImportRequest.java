package org.callsheet.logic.csv.imports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.DayMonthOrder;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.MappingFile;

/**
 * One import to run. Without a mapping the columns are mapped by their names; a saved mapping is
 * applied to the file's header; a given mapping must have been made for this file's header.
 *
 * @param errorFile where to write the rejected rows with their reasons, if wanted
 * @param locale    the language of the reasons in the error file
 * @param undecidedDateOrder the day/month order for date columns whose values fit both orders
 *                           (otherwise such a column refuses the import until the user chooses)
 */
public record ImportRequest(Path file, EntityType entity, Optional<HeaderMapping> mapping,
                            Optional<MappingFile.Saved> savedMapping, DuplicatePolicy policy, boolean dryRun,
                            Optional<Path> errorFile, CsvReadOptions readOptions, Locale locale,
                            Optional<DayMonthOrder> undecidedDateOrder) {

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(readOptions, "readOptions");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(undecidedDateOrder, "undecidedDateOrder");
    }

    /** Maps columns by name, merges into matching records, writes for real, no error file. */
    public static ImportRequest of(Path file, EntityType entity) {
        return new ImportRequest(file, entity, Optional.empty(), Optional.empty(), DuplicatePolicy.MERGE, false,
                Optional.empty(), CsvReadOptions.defaults(), Locale.ENGLISH, Optional.empty());
    }

    public ImportRequest withPolicy(DuplicatePolicy newPolicy) {
        return new ImportRequest(file, entity, mapping, savedMapping, newPolicy, dryRun, errorFile, readOptions, locale, undecidedDateOrder);
    }

    public ImportRequest asDryRun() {
        return new ImportRequest(file, entity, mapping, savedMapping, policy, true, errorFile, readOptions, locale, undecidedDateOrder);
    }

    public ImportRequest withMapping(HeaderMapping newMapping) {
        return new ImportRequest(file, entity, Optional.of(newMapping), Optional.empty(), policy, dryRun, errorFile,
                readOptions, locale, undecidedDateOrder);
    }

    public ImportRequest withSavedMapping(MappingFile.Saved saved) {
        return new ImportRequest(file, entity, Optional.empty(), Optional.of(saved), policy, dryRun, errorFile,
                readOptions, locale, undecidedDateOrder);
    }

    public ImportRequest withErrorFile(Path path, Locale reasonsLocale) {
        return new ImportRequest(file, entity, mapping, savedMapping, policy, dryRun, Optional.of(path), readOptions,
                reasonsLocale, undecidedDateOrder);
    }

    public ImportRequest withReadOptions(CsvReadOptions options) {
        return new ImportRequest(file, entity, mapping, savedMapping, policy, dryRun, errorFile, options, locale, undecidedDateOrder);
    }

    public ImportRequest withUndecidedDateOrder(DayMonthOrder order) {
        return new ImportRequest(file, entity, mapping, savedMapping, policy, dryRun, errorFile, readOptions, locale,
                Optional.of(order));
    }

    String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
