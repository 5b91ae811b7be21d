package org.callsheet.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet plan-visits --stops FILE.csv [--start LAT,LON] [--open] [--out FILE.csv]} routes
 * the points of a file (no database needed).
 */
@Command(name = "plan-visits", mixinStandardHelpOptions = true, sortOptions = false)
final class PlanVisitsCommand implements Callable<Integer> {
    private final CliContext context;
    private final PlanVisitsTexts texts;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--stops", paramLabel = "FILE.csv", descriptionKey = "plan.option.stops", order = 1)
    private Path stops;

    @Option(names = "--start", paramLabel = "LAT,LON", descriptionKey = "plan.option.start", order = 3)
    private String start;

    @Option(names = "--open", descriptionKey = "plan.option.open", order = 4)
    private boolean open;

    @Option(names = "--out", paramLabel = "FILE.csv", descriptionKey = "plan.option.out", order = 6)
    private Path out;

    PlanVisitsCommand(CliContext context) {
        this.context = context;
        this.texts = new PlanVisitsTexts(context.messages());
    }

    /** The command with its own texts; add it after the root's bundle is set, so it keeps them. */
    static CommandLine commandLine(CliContext context) {
        PlanVisitsCommand command = new PlanVisitsCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        if (stops == null) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.noInput"));
        }
        Optional<double[]> startPoint = StartPoint.parse(start, texts);
        return new StopsPlan(context, texts).run(stops, startPoint, open, Optional.ofNullable(out));
    }
}
