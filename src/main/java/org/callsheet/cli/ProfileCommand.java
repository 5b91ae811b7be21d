package org.callsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.PrintCount;
import org.callsheet.logic.sheets.pdf.ProfilePdfExport;
import org.callsheet.logic.sheets.pdf.SheetFont;
import org.callsheet.logic.sheets.profile.ProfileOptions;
import org.callsheet.logic.sheets.profile.SheetLanguage;
import org.callsheet.logic.sheets.profile.SheetPreferences;
import org.callsheet.model.Visit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet profile --customer ID … | --status TIER[,TIER…] [--region NAME] | --visits D --out FILE.pdf}:
 * the customers' profile sheets in one PDF, one sheet per customer (for {@code --visits}, the
 * customers of that day's planned visits in route order). Sections, empty fields, paper and
 * language come from Settings ("the interface's" language is the command line's there);
 * {@code --lang} and {@code --paper} override them.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false)
final class ProfileCommand implements Callable<Integer> {
    private final CliContext context;
    private final ProfileTexts texts;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--customer", paramLabel = "ID", descriptionKey = "profile.option.customer", order = 1)
    private List<String> customerIds;

    @Option(names = "--status", paramLabel = "TIER[,TIER...]", descriptionKey = "profile.option.status", order = 2)
    private String status;

    @Option(names = "--region", paramLabel = "NAME", descriptionKey = "profile.option.region", order = 3)
    private String region;

    @Option(names = "--visits", paramLabel = "D", descriptionKey = "profile.option.visits", order = 4)
    private String visitDay;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "profile.option.out",
            order = 4)
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "profile.option.lang", order = 5)
    private String language;

    @Option(names = "--paper", paramLabel = "PAPER", descriptionKey = "profile.option.paper", order = 6)
    private String paper;

    ProfileCommand(CliContext context) {
        this.context = context;
        this.texts = new ProfileTexts(context.messages());
    }

    /** The command with its own texts; add it after the root's bundle is set, so it keeps them. */
    static CommandLine commandLine(CliContext context) {
        ProfileCommand command = new ProfileCommand(context);
        CommandLine line = new CommandLine(command);
        line.setResourceBundle(command.texts);
        return line;
    }

    @Override
    public Integer call() throws IOException {
        boolean byIds = customerIds != null && !customerIds.isEmpty();
        int chosen = (byIds ? 1 : 0) + (status != null ? 1 : 0) + (visitDay != null ? 1 : 0);
        if (chosen != 1) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.choose"));
        }
        LocalDate day = visitDay == null ? null : day(visitDay);
        if (status == null && region != null) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.regionWithIds"));
        }
        Optional<Locale> chosenLanguage = language();
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.out", out));
        }
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.kind", out));
        }
        try (CliEnvironment environment = context.open(root.database());
             ShutdownCancel cancel = ShutdownCancel.install()) {
            ProfileSelection selection = new ProfileSelection(environment.customers(), texts);
            List<Long> ids = byIds ? selection.byIds(customerIds)
                    : day != null ? visitedOn(environment, day) : selection.byStatus(status, region);
            if (ids.isEmpty()) {
                throw new CliFailure(ExitCodes.USAGE, day != null
                        ? texts.text("profile.error.noVisits", day.toString()) : texts.text("profile.error.none"));
            }
            SheetPreferences preferences = environment.sheetPreferences();
            Paper chosenPaper = paper == null ? preferences.paper() : Paper.ofCode(paper).orElseThrow(
                    () -> new CliFailure(ExitCodes.USAGE, texts.text("profile.error.paper", paper)));
            ProfileOptions kept = preferences.options(context.messages().locale(), environment.defaultRepName());
            ProfileOptions options = chosenLanguage.map(kept::withLocale).orElse(kept);
            ProfilePdfExport export = new ProfilePdfExport(environment.profileSheets(), SheetFont.shipped());
            Optional<PrintCount> count = export.write(ids, options, chosenPaper, target, this::progress,
                    cancel::requested);
            if (count.isEmpty()) {
                context.err().println(texts.text("profile.cancelled"));
                return ExitCodes.PARTIAL;
            }
            context.out().println("sheets=" + count.get().sheets() + " pages=" + count.get().pages());
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    /** The customers of the day's planned visits in route order, each once. */
    private static List<Long> visitedOn(CliEnvironment environment, LocalDate day) {
        return environment.visits().onDay(day).stream().map(Visit::customerId).distinct().toList();
    }

    private LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("profile.error.date", text));
        }
    }

    /** The language {@code --lang} asks for; empty without it (then as kept in Settings). */
    private Optional<Locale> language() {
        if (language == null) {
            return Optional.empty();
        }
        SheetLanguage chosen = SheetLanguage.ofCode(language).filter(l -> l != SheetLanguage.INTERFACE)
                .orElseThrow(() -> new CliFailure(ExitCodes.USAGE, texts.text("profile.error.lang", language)));
        return Optional.of(chosen.resolve(context.messages().locale()));
    }

    private int lastTenth = -1;

    /** One line per tenth of a print of 50 sheets or more. */
    private void progress(int done, int total) {
        int tenth = done * 10 / total;
        if (total >= 50 && tenth != lastTenth) {
            lastTenth = tenth;
            context.err().println(texts.text("profile.progress", done, total));
            context.err().flush();
        }
    }
}
