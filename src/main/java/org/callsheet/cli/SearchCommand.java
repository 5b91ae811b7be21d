package org.callsheet.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.callsheet.logic.customers.CustomerBook;
import org.callsheet.logic.customers.CustomerFilter;
import org.callsheet.logic.customers.CustomerSearchIndex;
import org.callsheet.logic.customers.CustomerSort;
import org.callsheet.model.Contact;
import org.callsheet.model.Customer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet search TEXT [--limit N] [--format text|csv]}: the customers the search box would
 * show for the text, best first (see {@link CustomerSearchIndex#bestFirst}), with the first
 * contact's numbers.
 */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false)
final class SearchCommand implements Callable<Integer> {
    enum Format { text, csv }

    static final List<String> CSV_COLUMNS = List.of("external_id", "name", "status", "city", "district", "mobile",
            "phone");

    private final CliContext context;
    private final CommandTexts texts;

    @ParentCommand
    private RootCommand root;

    @Parameters(index = "0", paramLabel = "TEXT", descriptionKey = "search.text")
    private String text;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "search.option.limit", defaultValue = "20", order = 1)
    private int limit;

    @Option(names = "--format", paramLabel = "F", descriptionKey = "search.option.format", defaultValue = "text",
            order = 2)
    private Format format;

    SearchCommand(CliContext context) {
        this.context = context;
        this.texts = new CommandTexts(context.messages(), "org.callsheet.i18n.search", "org.callsheet.i18n.messages");
    }

    /** The command with its own texts; add it after the root's bundle is set, so it keeps them. */
    static CommandLine commandLine(CliContext context) {
        SearchCommand command = new SearchCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("search.error.limit", Integer.toString(limit)));
        }
        if (text.isBlank()) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("search.error.text"));
        }
        try (CliEnvironment environment = context.open(root.database())) {
            CustomerSearchIndex index = new CustomerSearchIndex(environment.pinyin());
            CustomerBook book = new CustomerBook(environment.customers(), index);
            book.loadIndex(n -> { }, () -> false);
            long[] matches = index.bestFirst(book.query(CustomerFilter.ALL, CustomerSort.DEFAULT, text), text);
            long[] shown = Arrays.copyOf(matches, Math.min(limit, matches.length));
            List<Found> found = Arrays.stream(shown).boxed()
                    .flatMap(id -> environment.customers().findById(id).stream())
                    .map(c -> new Found(c, firstContact(environment.customers().contactsOf(c.id()))))
                    .toList();
            context.out().print(format == Format.csv ? csv(found) : text(found, matches.length));
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    private record Found(Customer customer, Contact contact) {
        String mobile() {
            return contact == null ? "" : contact.mobile().input();
        }

        String phone() {
            return contact == null ? "" : contact.phone().input();
        }
    }

    /** The contact the customer table shows: a decision maker first, then the oldest. */
    private static Contact firstContact(List<Contact> contacts) {
        return contacts.stream()
                .min(Comparator.comparing((Contact c) -> !c.decisionMaker())
                        .thenComparing(c -> c.id() == null ? Long.MAX_VALUE : c.id()))
                .orElse(null);
    }

    private String text(List<Found> found, int total) {
        StringBuilder out = new StringBuilder();
        for (Found f : found) {
            Customer c = f.customer();
            out.append(blankAsDash(c.externalId())).append("  ").append(c.name()).append("  ")
                    .append(texts.text("customerStatus." + c.status().name().toLowerCase(Locale.ROOT))).append("  ")
                    .append(blankAsDash(join(c.address().city(), c.address().district()))).append("  ")
                    .append(blankAsDash(f.mobile())).append("  ").append(blankAsDash(f.phone())).append('\n');
        }
        out.append(total == 0 ? texts.text("search.none", text)
                : texts.text("search.summary", found.size(), total)).append('\n');
        return out.toString();
    }

    private static String csv(List<Found> found) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", CSV_COLUMNS)).append("\r\n");
        for (Found f : found) {
            Customer c = f.customer();
            List<String> cells = List.of(nullToEmpty(c.externalId()), c.name(),
                    c.status().name().toLowerCase(Locale.ROOT), nullToEmpty(c.address().city()),
                    nullToEmpty(c.address().district()), f.mobile(), f.phone());
            out.append(String.join(",", cells.stream().map(SearchCommand::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quote(String cell) {
        return cell.chars().anyMatch(ch -> ch == ',' || ch == '"' || ch == '\r' || ch == '\n')
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    private static String join(String city, String district) {
        return (nullToEmpty(city) + " " + nullToEmpty(district)).strip();
    }

    private static String blankAsDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
