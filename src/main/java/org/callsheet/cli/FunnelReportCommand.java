package org.callsheet.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.callsheet.logic.funnel.FunnelFigures;
import org.callsheet.logic.funnel.FunnelFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet report funnel [--from D] [--to D] [--owner NAME] [--format text|csv]}: the funnel
 * figures of the opportunities created in the period (by the owner), one row per stage.
 */
@Command(name = "funnel", mixinStandardHelpOptions = true, sortOptions = false)
final class FunnelReportCommand implements Callable<Integer> {
    enum Format { text, csv }

    private final CliContext context;
    private final FunnelTextsBundle texts;

    @ParentCommand
    private ReportCommand report;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "report.option.from", order = 1)
    private String from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "report.option.to", order = 2)
    private String to;

    @Option(names = "--owner", paramLabel = "NAME", descriptionKey = "report.option.owner", order = 3)
    private String owner;

    @Option(names = "--format", paramLabel = "F", descriptionKey = "report.option.format", defaultValue = "text",
            order = 4)
    private Format format;

    FunnelReportCommand(CliContext context, FunnelTextsBundle texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        FunnelFilter filter = filter();
        try (CliEnvironment environment = context.open(report.root().database())) {
            FunnelFigures figures = environment.funnel().figures(filter);
            FunnelReportPrinter printer = new FunnelReportPrinter(texts);
            context.out().print(format == Format.csv ? printer.csv(figures) : printer.text(figures, filter));
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    private FunnelFilter filter() {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("report.error.period", from, to));
        }
        return new FunnelFilter(start, end, owner);
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("report.error.date", text));
        }
    }
}
