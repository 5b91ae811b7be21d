package org.callsheet.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet plan-visits --stops FILE.csv [--start LAT,LON] [--open] [--out FILE.csv]} routes
 * the points of a file (no database needed); {@code plan-visits --date D [--region NAME]
 * [--start LAT,LON] [--out FILE.csv]} plans that day's visits from the database.
 */
@Command(name = "plan-visits", mixinStandardHelpOptions = true, sortOptions = false)
final class PlanVisitsCommand implements Callable<Integer> {
    private final CliContext context;
    private final PlanVisitsTexts texts;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--stops", paramLabel = "FILE.csv", descriptionKey = "plan.option.stops", order = 1)
    private Path stops;

    @Option(names = "--date", paramLabel = "D", descriptionKey = "plan.option.date", order = 2)
    private String date;

    @Option(names = "--region", paramLabel = "NAME", descriptionKey = "plan.option.region", order = 5)
    private String region;

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
        if ((stops == null) == (date == null)) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.noInput"));
        }
        Optional<double[]> startPoint = StartPoint.parse(start, texts);
        if (stops != null) {
            if (region != null) {
                throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.regionWithStops"));
            }
            return new StopsPlan(context, texts).run(stops, startPoint, open, Optional.ofNullable(out));
        }
        if (open) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.openWithDate"));
        }
        return new DatePlan(context, texts).run(root.database(), day(), Optional.ofNullable(region)
                .filter(r -> !r.isBlank()), startPoint, Optional.ofNullable(out));
    }

    private LocalDate day() {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("plan.error.date", date));
        }
    }
}
