package org.callsheet.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.callsheet.logic.customers.CustomerRepository;
import org.callsheet.logic.history.CustomerFieldHistory;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerFieldChange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet history --customer ID [--format text|csv]}: the customer's field history,
 * newest first, as the editor's History tab shows it.
 */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false)
final class HistoryCommand implements Callable<Integer> {
    enum Format { text, csv }

    static final List<String> CSV_COLUMNS = List.of("changed_at", "who", "field", "old", "new");
    private static final int PAGE = 1_000;
    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CliContext context;
    private final CommandTexts texts;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--customer", paramLabel = "ID", required = true, descriptionKey = "history.option.customer",
            order = 1)
    private String customerId;

    @Option(names = "--format", paramLabel = "F", descriptionKey = "history.option.format", defaultValue = "text",
            order = 2)
    private Format format;

    HistoryCommand(CliContext context) {
        this.context = context;
        this.texts = new CommandTexts(context.messages(), "org.callsheet.i18n.history", "org.callsheet.i18n.messages");
    }

    /** The command with its own texts; add it after the root's bundle is set, so it keeps them. */
    static CommandLine commandLine(CliContext context) {
        HistoryCommand command = new HistoryCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        try (CliEnvironment environment = context.open(root.database())) {
            CustomerRepository customers = environment.customers();
            String wanted = customerId.strip();
            Customer customer = customers.findByExternalId(wanted).or(() -> customers.findByUid(wanted))
                    .orElseThrow(() -> new CliFailure(ExitCodes.USAGE, texts.text("history.error.unknownId", wanted)));
            List<CustomerFieldChange> entries = all(environment.fieldHistory(), customer.id());
            ZoneId zone = environment.clock().getZone();
            context.out().print(format == Format.csv ? csv(entries, zone) : text(customer, entries, zone));
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    private static List<CustomerFieldChange> all(CustomerFieldHistory history, long customerId) {
        List<CustomerFieldChange> all = new ArrayList<>();
        List<CustomerFieldChange> page;
        do {
            page = history.newestFirst(customerId, Optional.empty(), all.size(), PAGE);
            all.addAll(page);
        } while (page.size() == PAGE);
        return all;
    }

    private String text(Customer customer, List<CustomerFieldChange> entries, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        for (CustomerFieldChange e : entries) {
            out.append(TEXT_TIME.format(e.changedAt().atZone(zone))).append("  ")
                    .append(e.source().isImport() ? texts.text("history.who.import", e.source().importFile())
                            : e.source().repName())
                    .append("  ").append(texts.text("history.field." + e.change().field().key())).append(": ")
                    .append(shown(e.change().oldText())).append(" \u2192 ").append(shown(e.change().newText()))
                    .append('\n');
        }
        out.append(texts.text("history.summary", entries.size(), customer.name())).append('\n');
        return out.toString();
    }

    private String shown(String value) {
        return value.isEmpty() ? texts.text("history.value.empty") : value.replace('\n', ' ');
    }

    private static String csv(List<CustomerFieldChange> entries, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (CustomerFieldChange e : entries) {
            String who = e.source().isImport() ? "import " + e.source().importFile() : e.source().repName();
            List<String> cells = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.changedAt().atZone(zone)),
                    who, e.change().field().key(), e.change().oldText(), e.change().newText());
            out.append(String.join(",", cells.stream().map(HistoryCommand::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quote(String cell) {
        return cell.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
