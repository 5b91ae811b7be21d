package org.callsheet.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import org.callsheet.logic.reminders.Agenda;
import org.callsheet.model.Customer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet agenda [--date D] [--format text|csv]}: the plan of a day — overdue and due
 * follow-ups, key dates and holidays with the customers concerned, and the end-of-day checklist.
 */
@Command(name = "agenda", mixinStandardHelpOptions = true, sortOptions = false)
final class AgendaCommand implements Callable<Integer> {
    enum Format { text, csv }

    private final CliContext context;
    private final AgendaTexts texts;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--date", paramLabel = "D", descriptionKey = "agenda.option.date", order = 1)
    private String date;

    @Option(names = "--format", paramLabel = "F", descriptionKey = "agenda.option.format", defaultValue = "text",
            order = 2)
    private Format format;

    AgendaCommand(CliContext context) {
        this.context = context;
        this.texts = new AgendaTexts(context.messages());
    }

    /** The command with its own texts; add it after the root's bundle is set, so it keeps them. */
    static CommandLine commandLine(CliContext context) {
        AgendaCommand command = new AgendaCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        LocalDate chosen = date == null || date.isBlank() ? null : parse(date);
        try (CliEnvironment environment = context.open(root.database())) {
            LocalDate day = chosen == null ? LocalDate.now(environment.clock()) : chosen;
            Agenda agenda = environment.agenda().agendaFor(day);
            Map<Long, Optional<Customer>> known = new HashMap<>();
            LongFunction<Optional<Customer>> customer =
                    id -> known.computeIfAbsent(id, environment.customers()::findById);
            AgendaPrinter printer = new AgendaPrinter(texts,
                    id -> customer.apply(id).map(c -> c.name()).orElse("#" + id),
                    id -> customer.apply(id).map(c -> c.externalIdOpt().orElse(c.uid())).orElse(""),
                    environment.clock().getZone());
            context.out().print(format == Format.csv ? printer.csv(agenda) : printer.text(agenda));
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    private LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("agenda.error.date", text));
        }
    }
}
