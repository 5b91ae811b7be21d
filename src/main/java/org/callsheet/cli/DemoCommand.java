package org.callsheet.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.logic.demo.DemoBook;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.demo.DemoPlan;
import org.callsheet.logic.demo.DemoResult;
import org.callsheet.logic.safety.StorageUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code callsheet demo}: fills an empty database with demo customers, their pipeline, calls and
 * visits, and classifies them; finishes a demo book an earlier run left unfinished. Progress goes
 * to stderr; stdout gets one machine-readable line,
 * {@code customers=N contacts=N orders=N opportunities=N calls=N visits=N}.
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
            Optional<DemoBook> book = environment.demoBook();
            Optional<DemoPlan> unfinished = book.flatMap(DemoBook::unfinished);
            long existing = environment.customers().count();
            if (existing > 0 && unfinished.isEmpty()) {
                throw new CliFailure(ExitCodes.USAGE, context.messages().get("error.notEmpty", existing));
            }
            DemoPlan plan = unfinished.orElseGet(() -> new DemoPlan(customers, seed,
                    DemoDataGenerator.teamWith(environment.defaultRepName())));
            if (unfinished.isPresent()) {
                context.err().println(context.messages().get("demo.finishing", existing, plan.customers(),
                        plan.seed()));
                context.err().flush();
            }
            book.ifPresent(b -> b.begin(plan));
            String stopped = book.isPresent() ? "Unfinished" : "";
            DemoResult result = generate(environment, plan, existing, cancel, stopped);
            DemoBook.Extras extras = new DemoBook.Extras(0, 0, 0);
            if (!result.cancelled() && book.isPresent()) {
                long[] ids = environment.customers().findIds(CustomerFilter.ALL, CustomerSort.DEFAULT);
                extras = book.get().addExtras(ids, plan, unfinished.isPresent());
            }
            if (!result.cancelled() && !cancel.requested()) {
                environment.reclassify(new ClassifyProgressPrinter(context), cancel::requested);
            }
            boolean finished = !result.cancelled() && !cancel.requested();
            if (finished) {
                book.ifPresent(DemoBook::end);
            }
            context.out().println(String.format(Locale.ROOT,
                    "customers=%d contacts=%d orders=%d opportunities=%d calls=%d visits=%d", result.customers(),
                    result.contacts(), result.orders(), extras.opportunities(), extras.calls(), extras.visits()));
            context.out().flush();
            if (!finished) {
                context.err().println(context.messages().get("demo.cancelled" + stopped,
                        existing + result.customers()));
                context.err().flush();
                return ExitCodes.PARTIAL;
            }
            return ExitCodes.OK;
        }
    }

    /** @param stopped the suffix of the messages for a stop: "Unfinished" where the next run finishes the book */
    private DemoResult generate(CliEnvironment environment, DemoPlan plan, long from, ShutdownCancel cancel,
                                String stopped) {
        DemoDataGenerator generator = new DemoDataGenerator(environment.regions(),
                environment.phoneNormalizer(), environment.pinyin(), environment.clock());
        ProgressPrinter progress = new ProgressPrinter(context, "demo.progress");
        try {
            return generator.generate(plan, from, environment.bulkWriter(), progress, cancel::requested);
        } catch (RuntimeException e) {
            if (StorageUnavailableException.in(e).isPresent()) {
                throw e;
            }
            throw new CliFailure(progress.written() > 0 ? ExitCodes.PARTIAL : ExitCodes.USAGE,
                    context.messages().get("demo.failed" + stopped, progress.written(), CliFailureText.describe(e)));
        }
    }
}
