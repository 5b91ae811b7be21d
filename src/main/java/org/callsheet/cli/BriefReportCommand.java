package org.callsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.callsheet.logic.sheets.brief.BriefFacts;
import org.callsheet.logic.sheets.brief.BriefPrint;
import org.callsheet.logic.sheets.brief.BriefRequest;
import org.callsheet.logic.sheets.brief.SalesBriefs;
import org.callsheet.logic.sheets.image.PngSheetWriter;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.sheets.pdf.BriefPdfExport;
import org.callsheet.logic.sheets.pdf.SheetFont;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code callsheet report brief [--from D] [--to D] [--owner NAME] --out FILE.pdf|FILE.png}: the
 * sales brief of a period (default: this month up to today) for an owner or everyone, as PDF or
 * PNG by the file's ending. Everything is checked before the database is opened; a refused
 * command writes no file.
 */
@Command(name = "brief", mixinStandardHelpOptions = true, sortOptions = false)
final class BriefReportCommand implements Callable<Integer> {
    /** PNG pixels per point: 144 dpi, sharp on screens and in messages. */
    static final double PNG_PIXELS_PER_POINT = 2.0;

    private enum Kind { PDF, PNG }

    private final CliContext context;
    private final BriefTextsBundle texts;

    @ParentCommand
    private ReportCommand report;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "brief.option.from", order = 1)
    private String from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "brief.option.to", order = 2)
    private String to;

    @Option(names = "--owner", paramLabel = "NAME", descriptionKey = "brief.option.owner", order = 3)
    private String owner;

    @Option(names = "--out", paramLabel = "FILE.pdf|FILE.png", required = true, descriptionKey = "brief.option.out",
            order = 4)
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "brief.option.lang", order = 5)
    private String language;

    @Option(names = "--paper", paramLabel = "PAPER", descriptionKey = "brief.option.paper", order = 6)
    private String paper;

    BriefReportCommand(CliContext context, BriefTextsBundle texts) {
        this.context = context;
        this.texts = texts;
    }

    @Override
    public Integer call() throws IOException {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("report.error.period", from, to));
        }
        Kind kind = kind();
        Locale locale = locale();
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("brief.error.out", out));
        }
        Paper chosenPaper = paper == null ? null : Paper.ofCode(paper).orElseThrow(
                () -> new CliFailure(ExitCodes.USAGE, texts.text("brief.error.paper", paper)));
        try (CliEnvironment environment = context.open(report.root().database())) {
            SalesBriefs briefs = environment.salesBriefs();
            BriefRequest request = request(start, end, LocalDate.now(environment.clock()));
            BriefFacts facts = briefs.facts(request);
            Paper onPaper = chosenPaper != null ? chosenPaper : environment.sheetPreferences().paper();
            BriefPrint print = briefs.layOut(facts, locale, environment.defaultRepName(), onPaper);
            if (kind == Kind.PDF) {
                new BriefPdfExport(SheetFont.shipped()).write(print, environment.defaultRepName(), target);
            } else {
                new PngSheetWriter(PNG_PIXELS_PER_POINT).write(print.pages(), target);
            }
            context.out().println("brief=" + out + " pages=" + print.pages().size());
            context.out().flush();
            return ExitCodes.OK;
        }
    }

    /** The period asked for; a missing end is today, a missing start the first of the end's month. */
    private BriefRequest request(LocalDate start, LocalDate end, LocalDate today) {
        LocalDate last = end != null ? end : today;
        LocalDate first = start != null ? start : last.withDayOfMonth(1);
        if (last.isBefore(first)) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("report.error.period", first, last));
        }
        return new BriefRequest(first, last, owner);
    }

    private Kind kind() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Kind.PDF;
        }
        if (name.endsWith(".png")) {
            return Kind.PNG;
        }
        throw new CliFailure(ExitCodes.USAGE, texts.text("brief.error.kind", out));
    }

    private LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("report.error.date", text));
        }
    }

    private Locale locale() {
        if (language == null) {
            return context.messages().locale();
        }
        return switch (language.strip().replace('-', '_').toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "zh_cn" -> Locale.SIMPLIFIED_CHINESE;
            case "zh_tw" -> Locale.TRADITIONAL_CHINESE;
            default -> throw new CliFailure(ExitCodes.USAGE, texts.text("brief.error.lang", language));
        };
    }
}
