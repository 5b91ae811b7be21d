package org.callsheet.ui.imports;

import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.StorageProblemText;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.DateColumnReport;
import org.callsheet.logic.csv.DayMonthOrder;
import org.callsheet.logic.csv.EntityRegistry;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.MappingFile;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportBatch;
import org.callsheet.logic.csv.imports.ImportProblem;
import org.callsheet.logic.csv.imports.ImportProgress;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportTexts;
import org.callsheet.logic.csv.imports.UndoResult;
import org.callsheet.ui.concurrent.Job;
import org.callsheet.ui.concurrent.TaskRunner;
import org.callsheet.ui.concurrent.WorkCallbacks;
import org.callsheet.ui.i18n.I18n;

/**
 * The import wizard's state: entity and file, encoding (detected, or the user's), the column
 * mapping and a preview, date columns that need a choice, the duplicate policy, a check (dry
 * run), the import itself with progress and cancel, its result with problems and undo, and the
 * history of imports. All file and database work runs through the {@link TaskRunner}.
 */
public final class ImportViewModel {
    /** Encodings offered; {@link #AUTO} lets the reader detect it. */
    public static final String AUTO = "auto";
    public static final List<String> ENCODINGS = List.of(AUTO, "UTF-8", "GB18030");

    private final ImportExportTools tools;
    private final TaskRunner runner;
    private final Runnable dataChanged;
    private ImportTexts texts;
    private Locale locale;
    private I18n i18n;
    /** Makes the texts of {@code message} and {@code readAs} again when the language changes. */
    private Supplier<String> messageText = () -> "";
    private Supplier<String> readAsText = () -> "";
    private final Path scratch;

    private final ObjectProperty<EntityType> entity = new SimpleObjectProperty<>(StandardEntities.CUSTOMERS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty encoding = new SimpleStringProperty(AUTO);
    private final StringProperty readAs = new SimpleStringProperty("");
    private final ObjectProperty<HeaderMapping> mapping = new SimpleObjectProperty<>();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<DateColumn> dateColumns = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicatePolicy> policy = new SimpleObjectProperty<>(DuplicatePolicy.MERGE);
    private final StringProperty defaultOwner = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<ImportBatch> history = FXCollections.observableArrayList();
    private Optional<MappingFile.Saved> savedMapping = Optional.empty();
    private Job job = Job.DONE;

    /**
     * @param dataChanged runs on the UI thread after an import or undo changed the customer book
     */
    public ImportViewModel(ImportExportTools tools, TaskRunner runner, I18n i18n, Runnable dataChanged) {
        this.tools = tools;
        this.runner = runner;
        this.i18n = i18n;
        this.locale = i18n.language().locale();
        this.texts = new ImportTexts(locale);
        this.dataChanged = dataChanged;
        try {
            this.scratch = Files.createTempDirectory("callsheet-import-");
            scratch.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date column of the file: how it reads, and the day/month order chosen for it. */
    public record DateColumn(String fieldId, String column, DateColumnReport report,
                             ObjectProperty<DayMonthOrder> order) {
        public boolean needsChoice() {
            return report.needsUserChoice();
        }
    }

    public ObjectProperty<EntityType> entityProperty() {
        return entity;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    /** How the file was read: encoding and delimiter, in words. */
    public StringProperty readAsProperty() {
        return readAs;
    }

    public ObjectProperty<HeaderMapping> mappingProperty() {
        return mapping;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ObservableList<DateColumn> dateColumns() {
        return dateColumns;
    }

    public ObjectProperty<DuplicatePolicy> policyProperty() {
        return policy;
    }

    /** The rep's name, which the import gives new customers as their owner (Settings → your name). */
    public StringProperty defaultOwnerProperty() {
        return defaultOwner;
    }

    /** For a customer file, who will own the customers it adds, in words; empty for other files. */
    public Optional<String> ownerNote() {
        HeaderMapping m = mapping.get();
        if (m == null || !m.entity().id().equals(StandardEntities.CUSTOMERS_ID)) {
            return Optional.empty();
        }
        String rep = defaultOwner.get() == null ? "" : defaultOwner.get().strip();
        if (m.has("owner")) {
            return Optional.of(rep.isEmpty() ? i18n.format("importui.owner.columnOnly", m.columnName("owner"))
                    : i18n.format("importui.owner.column", m.columnName("owner"), rep));
        }
        return Optional.of(rep.isEmpty() ? i18n.get("importui.owner.none") : i18n.format("importui.owner.default", rep));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    /** The last outcome in words (summary, refusal or failure). */
    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ObservableList<ImportBatch> history() {
        return history;
    }

    public ImportTexts texts() {
        return texts;
    }

    /**
     * Speaks the new language from now on and says the current message and "read as" again in it;
     * the chosen file, mapping, preview, date choices and result stay as they are.
     */
    public void relabel(I18n newTexts) {
        i18n = newTexts;
        locale = newTexts.language().locale();
        texts = new ImportTexts(locale);
        message.set(messageText.get());
        readAs.set(readAsText.get());
    }

    private void say(Supplier<String> text) {
        messageText = text;
        message.set(text.get());
    }

    /** Reads the chosen file again with the current entity, encoding and saved mapping. */
    public void open(Path chosen) {
        file.set(chosen);
        result.set(null);
        problems.clear();
        say(() -> "");
        reload();
    }

    public void reload() {
        Path path = file.get();
        if (path == null) {
            return;
        }
        EntityType type = entity.get();
        CsvReadOptions options = readOptions();
        Optional<MappingFile.Saved> saved = savedMapping.filter(s -> s.entity().id().equals(type.id()));
        busy.set(true);
        job = runner.submit(context -> FilePreview.read(path, type, options, saved, context::isCancelled),
                new WorkCallbacks<FilePreview>(this::showPreview, this::failed, null, () -> busy.set(false)));
    }

    private void showPreview(FilePreview preview) {
        busy.set(false);
        readAsText = () -> i18n.format("importui.readAs", preview.encoding().name(), delimiterName(preview.delimiter()));
        readAs.set(readAsText.get());
        previewRows.setAll(preview.rows());
        dateColumns.clear();
        HeaderMapping m = preview.mapping();
        for (Map.Entry<String, DateColumnReport> e : preview.dateReports().entrySet()) {
            DayMonthOrder order = m.dateOrder(e.getKey()).or(() -> e.getValue().decidedOrder()).orElse(null);
            DateColumn column = new DateColumn(e.getKey(), m.columnName(e.getKey()), e.getValue(),
                    new SimpleObjectProperty<>(order));
            column.order().addListener((obs, old, now) -> applyDateOrders());
            dateColumns.add(column);
        }
        mapping.set(m);
        applyDateOrders();
    }

    private String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> i18n.get("importui.delimiter.comma");
            case ';' -> i18n.get("importui.delimiter.semicolon");
            case '\t' -> i18n.get("importui.delimiter.tab");
            case '|' -> i18n.get("importui.delimiter.bar");
            default -> "\"" + delimiter + "\"";
        };
    }

    /** The reason of a problem without its row and column (the problems table shows those). */
    public String reason(ImportProblem problem) {
        return new org.callsheet.logic.csv.CsvMessages(locale).reason(new org.callsheet.logic.csv.CsvProblem(
                problem.rejectsRow() ? org.callsheet.logic.csv.Severity.ERROR : org.callsheet.logic.csv.Severity.WARNING,
                org.callsheet.logic.csv.ProblemCode.valueOf(problem.key().substring("csv.problem.".length())
                        .toUpperCase(Locale.ROOT)), problem.args(), problem.row(), problem.column()));
    }

    private void applyDateOrders() {
        HeaderMapping m = mapping.get();
        if (m == null) {
            return;
        }
        for (DateColumn column : dateColumns) {
            if (column.order().get() != null && m.has(column.fieldId())) {
                m = m.withDateOrder(column.fieldId(), column.order().get());
            }
        }
        mapping.set(m);
    }

    /** Feeds a field from a column, or ignores the column ({@code fieldId} null). */
    public void mapColumn(int column, String fieldId) {
        HeaderMapping m = mapping.get();
        if (m != null && !java.util.Objects.equals(m.fieldOf(column).orElse(null), fieldId)) {
            mapping.set(m.withField(column, fieldId));
        }
    }

    /** Whether the file can be checked or imported: read, required fields fed, every date column decided. */
    public boolean ready() {
        HeaderMapping m = mapping.get();
        return m != null && !busy.get() && m.missingRequired().isEmpty()
                && dateColumns.stream().allMatch(d -> !d.needsChoice() || d.order().get() != null);
    }

    /** A problem that keeps the import from starting, in words; empty when {@link #ready()}. */
    public Optional<String> blocker() {
        HeaderMapping m = mapping.get();
        if (m == null) {
            return Optional.empty();
        }
        var missing = m.missingRequired();
        if (!missing.isEmpty()) {
            return Optional.of(new org.callsheet.logic.csv.CsvMessages(locale).reason(missing.getFirst()));
        }
        return dateColumns.stream().filter(d -> d.needsChoice() && d.order().get() == null).findFirst()
                .flatMap(d -> d.report().problem(d.column()))
                .map(p -> new org.callsheet.logic.csv.CsvMessages(locale).describe(p));
    }

    /** Dry run: counts and problems, nothing saved. */
    public void check() {
        start(request().asDryRun());
    }

    public void importFile() {
        start(request());
    }

    public void cancel() {
        job.cancel();
    }

    private ImportRequest request() {
        return ImportRequest.of(file.get(), entity.get()).withReadOptions(readOptions()).withMapping(mapping.get())
                .withPolicy(policy.get()).withErrorFile(scratch.resolve("errors.csv"), locale);
    }

    private CsvReadOptions readOptions() {
        CsvReadOptions options = CsvReadOptions.defaults();
        return AUTO.equals(encoding.get()) ? options : options.withEncoding(Charset.forName(encoding.get()));
    }

    private void start(ImportRequest request) {
        if (!ready()) {
            return;
        }
        busy.set(true);
        progress.set("");
        problems.clear();
        result.set(null);
        // the runner carries two numbers to the screen; the phase they belong to goes beside them
        AtomicReference<ImportProgress.Phase> phase = new AtomicReference<>(ImportProgress.Phase.SCANNING);
        job = runner.submit(context -> tools.imports().run(request, p -> {
                    phase.set(p.phase());
                    context.progress(p.rowsRead(), Math.round(p.rowsPerSecond()));
                }, context::isCancelled),
                new WorkCallbacks<ImportResult>(this::finished, this::failed,
                        (rows, perSecond) -> progress.set(texts.progress(
                                new ImportProgress(phase.get(), rows, perSecond))),
                        () -> {
                            busy.set(false);
                            progress.set("");
                            say(() -> i18n.get("importui.cancelled"));
                        }));
    }

    private void finished(ImportResult done) {
        busy.set(false);
        progress.set("");
        result.set(done);
        problems.setAll(done.problems());
        say(() -> texts.summary(done));
        if (done.imported()) {
            dataChanged.run();
            refreshHistory();
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        progress.set("");
        if (error instanceof CancellationException) {
            say(() -> i18n.get("importui.cancelled"));
            return;
        }
        var storage = StorageUnavailableException.in(error);
        if (storage.isPresent()) {
            say(() -> StorageProblemText.of(i18n, storage.get(), true));
            return;
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        say(() -> i18n.format("importui.failed", reason));
    }

    /** Copies the rejected rows with their reasons, as the last import or check wrote them, to a file. */
    public void saveErrorFile(Path target) {
        Path errors = result.get() == null ? null : result.get().errorFile().orElse(null);
        if (errors == null) {
            return;
        }
        runner.submit(context -> Files.copy(errors, target, StandardCopyOption.REPLACE_EXISTING),
                WorkCallbacks.of(p -> say(() -> i18n.format("importui.errorsSaved", target)), this::failed));
    }

    public void saveMapping(Path target) {
        HeaderMapping m = mapping.get();
        runner.submit(context -> {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                new MappingFile(EntityRegistry.standard()).save(m, out);
            }
            return target;
        }, WorkCallbacks.of(p -> say(() -> i18n.format("importui.mappingSaved", p)), this::failed));
    }

    public void loadMapping(Path source) {
        runner.submit(context -> {
            try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                return new MappingFile(EntityRegistry.standard()).load(in);
            }
        }, WorkCallbacks.of(saved -> {
            savedMapping = Optional.of(saved);
            entity.set(saved.entity());
            reload();
        }, this::failed));
    }

    /** Undoes the import just run. */
    public void undoThis() {
        ImportResult done = result.get();
        if (done != null && done.batchId().isPresent()) {
            undo(done.batchId().getAsLong());
        }
    }

    /** Undoes the newest import that is not undone. */
    public void undoLast() {
        runUndo(() -> tools.imports().undoLast());
    }

    public void undo(long batchId) {
        runUndo(() -> tools.imports().undo(batchId));
    }

    private void runUndo(java.util.function.Supplier<UndoResult> undo) {
        busy.set(true);
        runner.submit(context -> undo.get(), WorkCallbacks.of((UndoResult r) -> {
            busy.set(false);
            say(() -> texts.undo(r));
            if (r.done()) {
                result.set(null);
                problems.clear();
                dataChanged.run();
                refreshHistory();
            }
        }, this::failed));
    }

    public void refreshHistory() {
        runner.submit(context -> tools.imports().history(50), WorkCallbacks.of(history::setAll, this::failed));
    }
}
