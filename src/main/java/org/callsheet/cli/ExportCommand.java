package org.callsheet.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.callsheet.logic.csv.StandardEntities;
import org.callsheet.logic.csv.exports.ExportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code callsheet export customers|contacts|orders|calls|visits|reminders FILE}: writes the records to CSV;
 * all but reminders import back into the same records. stdout's last line is {@code exported=N}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "customers|contacts|orders|calls|visits|opportunities|reminders",
            descriptionKey = "export.entity")
    private String entity;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "export.file")
    private Path file;

    @Option(names = "--encoding", paramLabel = "UTF-8|GB18030", defaultValue = "UTF-8",
            descriptionKey = "export.encoding", order = 1)
    private String encoding;

    @Option(names = "--header", paramLabel = "en|zh", defaultValue = "en", descriptionKey = "export.header",
            order = 2)
    private String header;

    @Option(names = "--since", paramLabel = "DATE", descriptionKey = "export.since", order = 3)
    private String since;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        ExportRequest request = request();
        try (ShutdownCancel cancel = ShutdownCancel.install();
             CliEnvironment environment = context.open(root.database())) {
            long[] lastTenThousand = {0};
            long rows = environment.exports().export(request, written -> {
                if (written / 10_000 > lastTenThousand[0]) {
                    lastTenThousand[0] = written / 10_000;
                    context.err().println(context.messages().get("export.progress", written));
                    context.err().flush();
                }
            }, cancel::requested);
            context.err().println(context.messages().get("export.done", rows, file));
            context.out().println("exported=" + rows);
            return ExitCodes.OK;
        } catch (CancellationException e) {
            context.err().println(context.messages().get("export.cancelled"));
            return ExitCodes.PARTIAL;
        } catch (UncheckedIOException e) {
            throw new CliFailure(ExitCodes.USAGE, context.messages().get("export.writeFailed", file,
                    CliFailureText.describeWrite(file, e, context.messages())));
        }
    }

    private ExportRequest request() {
        String entityId = switch (entity) {
            case StandardEntities.CUSTOMERS_ID, StandardEntities.CONTACTS_ID, StandardEntities.ORDERS_ID,
                 StandardEntities.CALLS_ID, StandardEntities.VISITS_ID, StandardEntities.REMINDERS_ID,
                 StandardEntities.OPPORTUNITIES_ID -> entity;
            default -> throw usage(context.messages().get("export.error.entity", entity));
        };
        ExportRequest request = ExportRequest.of(entityId, file);
        switch (encoding.toUpperCase(Locale.ROOT)) {
            case "UTF-8", "UTF8" -> { }
            case "GB18030" -> request = request.gb18030();
            default -> throw usage(context.messages().get("export.error.encoding", encoding));
        }
        switch (header.toLowerCase(Locale.ROOT)) {
            case "en" -> { }
            case "zh" -> request = request.chineseHeaders();
            default -> throw usage(context.messages().get("export.error.header", header));
        }
        if (since != null) {
            try {
                request = request.since(LocalDate.parse(since.strip()));
            } catch (DateTimeParseException e) {
                throw usage(context.messages().get("error.asOf", since));
            }
        }
        return request;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
