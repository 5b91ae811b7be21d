package org.callsheet.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.callsheet.logic.csv.CsvReadOptions;
import org.callsheet.logic.csv.DayMonthOrder;
import org.callsheet.logic.csv.EntityRegistry;
import org.callsheet.logic.csv.EntityType;
import org.callsheet.logic.csv.MappingFile;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.imports.DuplicatePolicy;
import org.callsheet.logic.csv.imports.ImportCounts;
import org.callsheet.logic.csv.imports.ImportProblem;
import org.callsheet.logic.csv.imports.ImportRequest;
import org.callsheet.logic.csv.imports.ImportResult;
import org.callsheet.logic.csv.imports.ImportService;
import org.callsheet.logic.csv.imports.ImportTexts;
import org.callsheet.logic.csv.imports.UndoResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code callsheet import customers|contacts|orders|calls|visits|opportunities FILE} imports a CSV file as one
 * undoable batch;
 * {@code callsheet import --undo [BATCH]} undoes the newest (or the given) batch. Progress and
 * every problem go to stderr; stdout's last line is {@code read=N inserted=N updated=N merged=N rejected=N}.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCommand implements Callable<Integer> {
    /** Problems listed on the console; the error file has every rejected row. */
    static final int PROBLEMS_LISTED = 50;
    private static final String AMBIGUOUS = "csv.problem.ambiguous_date_column";

    /** A refusal is one line: it names this many of the problems that stopped the import. */
    private static final int REFUSAL_PROBLEMS_NAMED = 3;
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "customers|contacts|orders|calls|visits|opportunities",
            descriptionKey = "import.entity")
    private String entity;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FILE", descriptionKey = "import.file")
    private Path file;

    @Option(names = "--encoding", paramLabel = "auto|UTF-8|GB18030", defaultValue = "auto",
            descriptionKey = "import.encoding", order = 1)
    private String encoding;

    @Option(names = "--map", paramLabel = "FILE", descriptionKey = "import.map", order = 2)
    private Path mapFile;

    @Option(names = "--on-duplicate", paramLabel = "skip|update|merge", defaultValue = "merge",
            descriptionKey = "import.onDuplicate", order = 3)
    private String onDuplicate;

    @Option(names = "--date-order", paramLabel = "dmy|mdy", descriptionKey = "import.dateOrder", order = 4)
    private String dateOrder;

    @Option(names = "--dry-run", descriptionKey = "import.dryRun", order = 5)
    private boolean dryRun;

    @Option(names = "--errors", paramLabel = "FILE", descriptionKey = "import.errors", order = 6)
    private Path errors;

    @Option(names = "--undo", arity = "0..1", fallbackValue = "0", paramLabel = "BATCH",
            descriptionKey = "import.undo", order = 7)
    private Long undo;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (undo != null) {
            if (entity != null) {
                throw usage(context.messages().get("import.error.undoWithFile"));
            }
            // an undo is not checked first and changes nothing of a file: an option of an import
            // here would be silently ignored, and --dry-run then undo for real
            if (dryRun || mapFile != null || errors != null || dateOrder != null) {
                throw usage(context.messages().get("import.error.undoWithImportOption"));
            }
            return undo();
        }
        EntityType type = entityType();
        if (file == null) {
            throw usage(context.messages().get("import.error.noFile"));
        }
        ImportRequest base = request(type);
        ImportRequest request = dayMonthOrder().map(base::withUndecidedDateOrder).orElse(base);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliFailure(ExitCodes.USAGE, context.messages().get("import.error.unreadable", file));
        }
        try (ShutdownCancel cancel = ShutdownCancel.install();
             CliEnvironment environment = context.open(root.database())) {
            ImportService service = environment.imports();
            ImportTexts texts = new ImportTexts(context.messages().locale());
            ImportResult result;
            try {
                result = run(service, request, texts, cancel);
            } catch (RuntimeException e) {
                // a full disk or a damaged file is said as such, however the store reported it
                throw environment.explain(e).<RuntimeException>map(problem -> problem).orElse(e);
            }
            if (result.outcome() == ImportResult.Outcome.REFUSED) {
                return refused(result, texts);
            }
            listProblems(result, texts);
            context.err().println(texts.summary(result));
            ImportCounts c = result.counts();
            context.out().println("read=" + c.read() + " inserted=" + c.inserted() + " updated=" + c.updated()
                    + " merged=" + c.merged() + " rejected=" + c.rejected());
            return c.rejected() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        } catch (CancellationException e) {
            context.err().println(context.messages().get("import.cancelled"));
            return ExitCodes.PARTIAL;
        } catch (UncheckedIOException e) {
            // the file named may be another than the one imported (the error file, a backup)
            Path failed = e.getCause() instanceof FileSystemException f && f.getFile() != null
                    ? Path.of(f.getFile()) : file;
            throw new CliFailure(ExitCodes.USAGE, failed.toAbsolutePath().equals(file.toAbsolutePath())
                    ? context.messages().get("import.error.io", file, CliFailureText.describe(e))
                    : context.messages().get("import.error.otherFile", failed,
                            CliFailureText.describeWrite(failed, e, context.messages())));
        }
    }

    private ImportResult run(ImportService service, ImportRequest request, ImportTexts texts, ShutdownCancel cancel) {
        ImportProgressPrinter progress = new ImportProgressPrinter(context, texts);
        ImportResult result = service.run(request, progress, cancel::requested);
        progress.finish();
        return result;
    }

    private int refused(ImportResult result, ImportTexts texts) {
        Optional<ImportProblem> ambiguous = result.problems().stream().filter(p -> p.key().equals(AMBIGUOUS))
                .findFirst();
        if (ambiguous.isPresent()) {
            context.err().println(context.messages().get("import.error.ambiguousDates", ambiguous.get().column()));
            return ExitCodes.USAGE;
        }
        context.err().println(texts.refusal(result, REFUSAL_PROBLEMS_NAMED));
        return ExitCodes.USAGE;
    }

    private void listProblems(ImportResult result, ImportTexts texts) {
        List<ImportProblem> shown = result.problems().stream().limit(PROBLEMS_LISTED).toList();
        shown.forEach(p -> context.err().println(texts.problem(p)));
        long more = result.problemCount() - shown.size();
        if (more > 0) {
            context.err().println(errors == null ? context.messages().get("import.moreProblems", more)
                    : context.messages().get("import.moreProblemsInFile", more, errors));
        }
    }

    private int undo() {
        try (CliEnvironment environment = context.open(root.database())) {
            ImportService service = environment.imports();
            UndoResult result = undo == 0 ? service.undoLast() : service.undo(undo);
            String text = new ImportTexts(context.messages().locale()).undo(result);
            if (!result.done()) {
                throw new CliFailure(ExitCodes.USAGE, text);
            }
            context.err().println(text);
            context.out().println("undone=" + result.batchId() + " restored=" + result.restored() + " removed="
                    + result.deleted());
            return ExitCodes.OK;
        }
    }

    private EntityType entityType() {
        if (entity == null) {
            throw usage(context.messages().get("import.error.noEntity"));
        }
        return switch (entity) {
            case StandardEntities.CUSTOMERS_ID -> StandardEntities.CUSTOMERS;
            case StandardEntities.ORDERS_ID -> StandardEntities.ORDERS;
            case StandardEntities.CONTACTS_ID -> StandardEntities.CONTACTS;
            case StandardEntities.CALLS_ID -> StandardEntities.CALLS;
            case StandardEntities.VISITS_ID -> StandardEntities.VISITS;
            case StandardEntities.OPPORTUNITIES_ID -> StandardEntities.OPPORTUNITIES;
            default -> throw usage(context.messages().get("import.error.entity", entity));
        };
    }

    private ImportRequest request(EntityType type) {
        ImportRequest request = ImportRequest.of(file, type).withPolicy(policy())
                .withReadOptions(readOptions());
        if (mapFile != null) {
            MappingFile.Saved saved = savedMapping();
            if (!saved.entity().id().equals(type.id())) {
                throw new CliFailure(ExitCodes.USAGE, context.messages().get("import.error.mapEntity", mapFile,
                        saved.entity().id(), type.id()));
            }
            request = request.withSavedMapping(saved);
        }
        if (dryRun) {
            request = request.asDryRun();
        }
        if (errors != null) {
            CliFailureText.unwritable(errors, context.messages()).ifPresent(why -> {
                throw new CliFailure(ExitCodes.USAGE, context.messages().get("import.error.errorsFile", errors, why));
            });
            request = request.withErrorFile(errors, context.messages().locale());
        }
        return request;
    }

    private CsvReadOptions readOptions() {
        CsvReadOptions options = CsvReadOptions.defaults();
        return switch (encoding.toUpperCase(java.util.Locale.ROOT)) {
            case "AUTO" -> options;
            case "UTF-8", "UTF8" -> options.withEncoding(StandardCharsets.UTF_8);
            case "GB18030", "GBK", "GB2312" -> options.withEncoding(Charset.forName("GB18030"));
            default -> throw usage(context.messages().get("import.error.encoding", encoding));
        };
    }

    private DuplicatePolicy policy() {
        return switch (onDuplicate.toLowerCase(java.util.Locale.ROOT)) {
            case "skip" -> DuplicatePolicy.SKIP;
            case "update" -> DuplicatePolicy.UPDATE;
            case "merge" -> DuplicatePolicy.MERGE;
            default -> throw usage(context.messages().get("import.error.policy", onDuplicate));
        };
    }

    private Optional<DayMonthOrder> dayMonthOrder() {
        if (dateOrder == null) {
            return Optional.empty();
        }
        return switch (dateOrder.toLowerCase(java.util.Locale.ROOT)) {
            case "dmy" -> Optional.of(DayMonthOrder.DAY_FIRST);
            case "mdy" -> Optional.of(DayMonthOrder.MONTH_FIRST);
            default -> throw usage(context.messages().get("import.error.dateOrder", dateOrder));
        };
    }

    private MappingFile.Saved savedMapping() {
        try (Reader in = Files.newBufferedReader(mapFile, StandardCharsets.UTF_8)) {
            return new MappingFile(EntityRegistry.standard()).load(in);
        } catch (IOException | RuntimeException e) {
            throw new CliFailure(ExitCodes.USAGE, context.messages().get("import.error.map", mapFile,
                    Files.exists(mapFile) ? CliFailureText.describe(e) : context.messages().get("error.read.missing")));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
