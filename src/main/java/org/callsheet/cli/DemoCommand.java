package org.callsheet.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.demo.DemoResult;
import org.callsheet.logic.safety.StorageUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code callsheet demo}: fills an empty database with demo customers. Progress goes to stderr;
 * stdout gets one machine-readable line, {@code customers=N contacts=N orders=N opportunities=N}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
final class DemoCommand implements Callable<Integer> {
    private final CliContext context;
    private int customers;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "demo.seed", defaultValue = "1", order = 2)
    private long seed;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Option(names = "--customers", paramLabel = "N", descriptionKey = "demo.customers", defaultValue = "1000",
            order = 1)
    void setCustomers(int count) {
        if (count < 1 || count > DemoDataGenerator.MAX_CUSTOMERS) {
            throw new ParameterException(spec.commandLine(),
                    context.messages().get("error.customersRange", count, DemoDataGenerator.MAX_CUSTOMERS));
        }
        customers = count;
    }

    @Override
    public Integer call() {
        // the shutdown hook holds the JVM until the database is closed and the result is printed
        try (ShutdownCancel cancel = ShutdownCancel.install();
             CliEnvironment environment = context.open(root.database())) {
            long existing = environment.customers().count();
            if (existing > 0) {
                throw new CliFailure(ExitCodes.USAGE, context.messages().get("error.notEmpty", existing));
            }
            DemoResult result = generate(environment, cancel);
            int opportunities = 0;
            if (!result.cancelled() && result.customers() > 0) {
                opportunities = environment.addDemoPipeline(seed,
                        DemoDataGenerator.teamWith(environment.defaultRepName()));
                environment.reclassify(new ClassifyProgressPrinter(context), cancel::requested);
            }
            context.out().println(String.format(Locale.ROOT, "customers=%d contacts=%d orders=%d opportunities=%d",
                    result.customers(), result.contacts(), result.orders(), opportunities));
            context.out().flush();
            if (result.cancelled()) {
                context.err().println(context.messages().get("demo.cancelled", result.customers()));
                context.err().flush();
                return ExitCodes.PARTIAL;
            }
            return ExitCodes.OK;
        }
    }

    private DemoResult generate(CliEnvironment environment, ShutdownCancel cancel) {
        DemoDataGenerator generator = new DemoDataGenerator(environment.regions(),
                environment.phoneNormalizer(), environment.pinyin(), environment.clock());
        ProgressPrinter progress = new ProgressPrinter(context, "demo.progress");
        try {
            return generator.generate(customers, seed, DemoDataGenerator.teamWith(environment.defaultRepName()),
                    environment.bulkWriter(), progress, cancel::requested);
        } catch (RuntimeException e) {
            if (StorageUnavailableException.in(e).isPresent()) {
                throw e;
            }
            throw new CliFailure(progress.written() > 0 ? ExitCodes.PARTIAL : ExitCodes.USAGE,
                    context.messages().get("demo.failed", progress.written(), CliFailureText.describe(e)));
        }
    }
}
