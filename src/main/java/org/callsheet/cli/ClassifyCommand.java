package org.callsheet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.callsheet.logic.classification.ClassificationProgress;
import org.callsheet.logic.classification.ClassificationService;
import org.callsheet.logic.classification.ClassifiedPopulation;
import org.callsheet.logic.classification.ReclassifyOutcome;
import org.callsheet.model.CustomerStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code callsheet classify [--as-of D] [--out FILE.csv]}: classifies every customer. Without
 * {@code --as-of} the stored classification and the customer book's statuses are brought up to
 * date as of today; with it, the customers are classified as of that date (orders after it are
 * never read) and nothing stored changes. {@code --out} writes one CSV row per customer; stdout
 * gets one machine-readable line with the count per status, {@code super=N big=N … other=N}.
 */
@Command(name = "classify", mixinStandardHelpOptions = true, sortOptions = false)
final class ClassifyCommand implements Callable<Integer> {
    private final CliContext context;
    private LocalDate asOf;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "classify.out", order = 2)
    private Path out;

    ClassifyCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "classify.asOf", order = 1)
    void setAsOf(String text) {
        try {
            asOf = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), context.messages().get("error.asOf", text));
        }
    }

    @Override
    public Integer call() {
        if (out != null) {
            // refused before anything is classified or stored, not after
            CliFailureText.unwritable(out, context.messages()).ifPresent(why -> {
                throw new CliFailure(ExitCodes.USAGE, context.messages().get("classify.writeFailed", out, why));
            });
        }
        try (ShutdownCancel cancel = ShutdownCancel.install();
             CliEnvironment environment = context.open(root.database())) {
            ClassificationService service = environment.classification();
            ClassificationProgress progress = new ClassifyProgressPrinter(context);
            Optional<ClassifiedPopulation> result;
            if (asOf == null) {
                ReclassifyOutcome outcome = service.reclassifyAll(service.today(), progress, cancel::requested);
                result = outcome.population();
            } else {
                result = service.preview(asOf, progress, cancel::requested);
            }
            if (result.isEmpty()) {
                context.err().println(context.messages().get("classify.cancelled"));
                context.err().flush();
                return ExitCodes.PARTIAL;
            }
            ClassifiedPopulation population = result.get();
            if (out != null) {
                write(service, population);
            }
            context.out().println(countsLine(population.statusCounts()));
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    private void write(ClassificationService service, ClassifiedPopulation population) {
        try (ClassificationCsv csv = ClassificationCsv.create(out)) {
            int[] next = {0};
            service.forEachCustomerLabel((id, externalId, name) -> {
                while (next[0] < population.size() && population.result(next[0]).customerId() < id) {
                    next[0]++;
                }
                if (next[0] < population.size() && population.result(next[0]).customerId() == id) {
                    csv.write(externalId, name, population.result(next[0]));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            int code = asOf == null ? ExitCodes.PARTIAL : ExitCodes.USAGE;
            throw new CliFailure(code, context.messages().get("classify.writeFailed", out,
                    CliFailureText.describeWrite(out, e, context.messages())));
        }
    }

    static String countsLine(Map<CustomerStatus, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
