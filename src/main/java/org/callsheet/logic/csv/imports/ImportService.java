package org.callsheet.logic.csv.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.callsheet.logic.calls.CallRules;
import org.callsheet.logic.csv.CsvFile;
import org.callsheet.logic.csv.CsvFileReader;
import org.callsheet.logic.csv.CsvMessages;
import org.callsheet.logic.csv.CsvProblem;
import org.callsheet.logic.csv.CsvRow;
import org.callsheet.logic.csv.DateColumnReport;
import org.callsheet.logic.csv.DateColumnScan;
import org.callsheet.logic.csv.EntityRegistry;
import org.callsheet.logic.csv.ErrorCsvWriter;
import org.callsheet.logic.csv.ExportOptions;
import org.callsheet.logic.csv.HeaderMapper;
import org.callsheet.logic.csv.HeaderMapping;
import org.callsheet.logic.csv.MappingFile;
import org.callsheet.logic.csv.Severity;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.TemporaryBeside;
import org.callsheet.logic.csv.UnreadableCsvException;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Address;

/**
 * Runs a whole import of customers (with their contact), contacts, orders, calls or visits from a CSV file, and undoes
 * one. The file is read twice and never held in memory: the first pass maps the columns and
 * settles every date column; the second converts rows a chunk at a time, matches them against
 * the database and writes them in batches, as one batch that becomes part of the book only at
 * the very end. A cancelled, failed or killed import therefore leaves the database as it was.
 */
public final class ImportService {
    /** Problems kept for the result; the error file has them all. */
    public static final int PROBLEMS_KEPT = 1_000;
    static final int DEFAULT_CHUNK_ROWS = 1_000;

    private final ImportStore store;
    private final PhoneNormalizer phones;
    private final Function<String, Address> addressParser;
    private final Clock clock;
    private final int chunkRows;
    private final List<ImportListener> listeners = new CopyOnWriteArrayList<>();

    public ImportService(ImportStore store, PhoneNormalizer phones, Function<String, Address> addressParser,
                         Clock clock) {
        this(store, phones, addressParser, clock, DEFAULT_CHUNK_ROWS);
    }

    ImportService(ImportStore store, PhoneNormalizer phones, Function<String, Address> addressParser, Clock clock,
                  int chunkRows) {
        this.store = store;
        this.phones = phones;
        this.addressParser = addressParser;
        this.clock = clock;
        this.chunkRows = chunkRows;
    }

    public void addListener(ImportListener listener) {
        listeners.add(listener);
    }

    public List<ImportBatch> history(int limit) {
        return store.batches(limit);
    }

    /**
     * Runs the import. {@code progress} hears about every chunk; when {@code cancelled} turns true
     * the import stops with a {@link CancellationException} and nothing is written.
     */
    public ImportResult run(ImportRequest request, Consumer<ImportProgress> progress, BooleanSupplier cancelled) {
        String entityId = request.entity().id();
        CsvFileReader reader = new CsvFileReader(request.readOptions());
        List<CsvProblem> headerProblems = new ArrayList<>();
        DateColumnScan.Settled settled;
        long fileRows;
        try (CsvFile file = reader.open(request.file())) {
            HeaderMapper.Result mapped = map(request, file.header());
            headerProblems.addAll(mapped.problems());
            if (headerProblems.stream().anyMatch(p -> p.severity() == Severity.FATAL)) {
                return refused(entityId, headerProblems, Optional.of(mapped.mapping()), Map.of());
            }
            DateColumnScan scan = new DateColumnScan();
            Speedometer speed = new Speedometer(ImportProgress.Phase.SCANNING, progress, cancelled, chunkRows);
            settled = scan.settle(mapped.mapping(), scan.scan(file.rows().peek(row -> speed.rows(1)), mapped.mapping()),
                    request.undecidedDateOrder());
            fileRows = speed.rows();
        } catch (UnreadableCsvException e) {
            return refused(entityId, List.of(e.problem()), Optional.empty(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!settled.ready()) {
            List<CsvProblem> problems = new ArrayList<>(headerProblems);
            problems.addAll(settled.problems());
            return refused(entityId, problems, Optional.of(settled.mapping()), settled.reports());
        }
        if (!request.dryRun()) {
            listeners.forEach(l -> l.beforeImport(request));
        }
        try {
            ImportResult result = importRows(request, reader, settled, fileRows, headerProblems, progress, cancelled);
            if (result.imported()) {
                listeners.forEach(l -> l.afterImport(result));
            }
            return result;
        } catch (UnreadableCsvException e) {
            return refused(entityId, List.of(e.problem()), Optional.of(settled.mapping()), settled.reports());
        }
    }

    private HeaderMapper.Result map(ImportRequest request, List<String> header) {
        if (request.mapping().isPresent()) {
            HeaderMapping given = request.mapping().get();
            if (!given.columns().equals(header) || !given.entity().id().equals(request.entity().id())) {
                throw new IllegalArgumentException("the mapping was made for another file or entity");
            }
            return new HeaderMapper.Result(given, given.missingRequired());
        }
        if (request.savedMapping().isPresent()) {
            return new MappingFile(EntityRegistry.standard()).apply(request.savedMapping().get(), header);
        }
        return new HeaderMapper().map(request.entity(), header);
    }

    private ImportResult importRows(ImportRequest request, CsvFileReader reader, DateColumnScan.Settled settled,
                                    long fileRows, List<CsvProblem> headerProblems, Consumer<ImportProgress> progress,
                                    BooleanSupplier cancelled) {
        HeaderMapping mapping = settled.mapping();
        Path errorTemp = null;
        boolean done = false;
        try (CsvFile file = reader.open(request.file());
             ImportSession session = store.begin(new BatchStart(request.entity().id(), request.fileName(),
                     request.policy(), clock.instant(), fileRows))) {
            errorTemp = request.errorFile().isPresent() ? temporaryBeside(request.errorFile().get()) : null;
            ImportTally tally;
            try (OutputStream errorOut = errorTemp == null ? null : Files.newOutputStream(errorTemp);
                 ErrorCsvWriter errors = errorOut == null ? null : new ErrorCsvWriter(errorOut, file.header(),
                         new CsvMessages(request.locale()), ExportOptions.defaults())) {
                tally = new ImportTally(PROBLEMS_KEPT, errors);
                headerProblems.forEach(tally::problem);
                Speedometer speed = new Speedometer(ImportProgress.Phase.IMPORTING, progress, cancelled, 1);
                importChunks(pass(request, session, mapping), file.rows().iterator(), tally, speed);
                progress.accept(new ImportProgress(ImportProgress.Phase.FINISHING, speed.rows(), 0));
            }
            session.finish(tally.counts(), clock.instant());
            OptionalLong batchId = OptionalLong.empty();
            if (!request.dryRun()) {
                session.commit();
                batchId = OptionalLong.of(session.batchId());
            }
            Optional<Path> errorFile = Optional.empty();
            if (errorTemp != null) {
                Files.move(errorTemp, request.errorFile().get(), StandardCopyOption.REPLACE_EXISTING);
                errorFile = request.errorFile();
            }
            done = true;
            return new ImportResult(request.dryRun() ? ImportResult.Outcome.DRY_RUN : ImportResult.Outcome.IMPORTED,
                    request.entity().id(), tally.counts(), tally.problems(), tally.problemCount(),
                    Optional.of(mapping), settled.reports(), batchId, errorFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done && errorTemp != null) {
                deleteQuietly(errorTemp);
            }
        }
    }

    /** Converts a chunk or two ahead on another thread while this one writes (ADR 0016). */
    private <A> void importChunks(ChunkPass<A> pass, Iterator<CsvRow> rows, ImportTally tally, Speedometer speed) {
        try (ConvertAhead<A> ahead = new ConvertAhead<>(rows, chunkRows, pass)) {
            for (ConvertAhead.Chunk<A> chunk = ahead.next(); chunk != null; chunk = ahead.next()) {
                pass.apply(chunk.converted()).forEach(outcome -> outcome.tellTo(tally));
                speed.rows(chunk.rows());
            }
        }
    }

    private ChunkPass<?> pass(ImportRequest request, ImportSession session, HeaderMapping mapping) {
        PassSettings settings = new PassSettings(session, mapping, request.policy(), request.dryRun(), clock);
        return switch (request.entity().id()) {
            case StandardEntities.CUSTOMERS_ID -> new CustomerPass(settings, phones, addressParser);
            case StandardEntities.ORDERS_ID -> new OrderPass(settings);
            case StandardEntities.CONTACTS_ID -> new ContactPass(settings, phones);
            case StandardEntities.CALLS_ID -> new CallPass(settings, phones, CallRules.DEFAULTS.futureTolerance());
            case StandardEntities.VISITS_ID -> new VisitPass(settings, phones);
            case StandardEntities.OPPORTUNITIES_ID -> new OpportunityPass(settings, phones);
            default -> throw new IllegalArgumentException("cannot import " + request.entity().id());
        };
    }

    /** Undoes a batch; see {@link ImportStore#undo}. */
    public UndoResult undo(long batchId) {
        UndoResult result = store.undo(batchId, clock.instant());
        if (result.done()) {
            listeners.forEach(l -> l.afterUndo(result));
        }
        return result;
    }

    /** Undoes the newest batch that is not undone yet. */
    public UndoResult undoLast() {
        return store.batches(Integer.MAX_VALUE).stream()
                .filter(b -> !b.undone())
                .findFirst()
                .map(b -> undo(b.id()))
                .orElseGet(() -> UndoResult.refused(UndoResult.Outcome.NOTHING_TO_UNDO, 0));
    }

    private static ImportResult refused(String entityId, List<CsvProblem> problems, Optional<HeaderMapping> mapping,
                                        Map<String, DateColumnReport> reports) {
        return new ImportResult(ImportResult.Outcome.REFUSED, entityId, ImportCounts.NONE,
                problems.stream().map(ImportProblem::of).toList(), problems.size(), mapping, reports,
                OptionalLong.empty(), Optional.empty());
    }

    private static Path temporaryBeside(Path target) throws IOException {
        return TemporaryBeside.create(target, ".import-errors-");
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A stray temporary file is harmless; the import's own outcome matters more.
        }
    }

    /** Reports progress every so many rows and stops the work when the user cancels. */
    private static final class Speedometer {
        private final ImportProgress.Phase phase;
        private final Consumer<ImportProgress> progress;
        private final BooleanSupplier cancelled;
        private final int every;
        private final long startMillis;
        private long rows;
        private long sinceReport;

        Speedometer(ImportProgress.Phase phase, Consumer<ImportProgress> progress, BooleanSupplier cancelled,
                    int every) {
            this.phase = phase;
            this.progress = progress;
            this.cancelled = cancelled;
            this.every = every;
            this.startMillis = System.nanoTime() / 1_000_000;
        }

        long rows() {
            return rows;
        }

        void rows(int count) {
            rows += count;
            sinceReport += count;
            if (sinceReport >= every) {
                sinceReport = 0;
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                double seconds = Math.max(1, System.nanoTime() / 1_000_000 - startMillis) / 1000.0;
                progress.accept(new ImportProgress(phase, rows, rows / seconds));
            }
        }
    }
}
