package org.callsheet.logic.csv.imports;

import org.callsheet.logic.text.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.callsheet.logic.csv.CsvMessages;
import org.callsheet.logic.csv.CsvProblem;

/**
 * Words the outcomes of imports and undos in the user's language (bundle {@code imports}); the
 * reasons of row problems are in the {@code csv} bundle and worded by {@link CsvMessages}.
 */
public final class ImportTexts {
    static final String BUNDLE = "org.callsheet.i18n.imports";
    private final ResourceBundle bundle;
    private final Locale locale;
    private final CsvMessages csv;

    public ImportTexts(Locale locale) {
        this.locale = locale;
        this.csv = new CsvMessages(locale);
        this.bundle = Bundles.load(BUNDLE, locale);
    }

    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String summary(ImportResult result) {
        String key = "imports.outcome." + result.outcome().name().toLowerCase(Locale.ROOT);
        ImportCounts c = result.counts();
        return text(key, text("imports.entity." + result.entityId()), c.read(), c.inserted(), c.updated(), c.merged(), c.unchanged(), c.skipped(),
                c.rejected());
    }

    /** Why a refused import was refused, in one line: the outcome and the first problems that stopped it. */
    public String refusal(ImportResult result, int problemsShown) {
        java.util.List<ImportProblem> problems = result.problems().stream().filter(ImportProblem::rejectsRow).toList();
        String shown = oneSentence(problems.stream().limit(problemsShown).map(this::problem).toList());
        if (problems.isEmpty()) {
            return summary(result);
        }
        String because = problems.size() > problemsShown
                ? text("imports.outcome.refusedMore", shown, problems.size() - problemsShown) : shown;
        return text("imports.outcome.refusedBecause", because);
    }

    /** The problems' sentences as one: each but the last without its full stop, joined by semicolons. */
    private static String oneSentence(java.util.List<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).strip();
            boolean chinese = sentence.endsWith("。");
            if (i + 1 < sentences.size()) {
                sentence = sentence.endsWith(".") || chinese ? sentence.substring(0, sentence.length() - 1) : sentence;
                sentence += chinese ? "；" : "; ";
            }
            out.append(sentence);
        }
        return out.toString();
    }

    public String progress(ImportProgress progress) {
        return text("imports.phase." + progress.phase().name().toLowerCase(Locale.ROOT), progress.rowsRead(),
                Math.round(progress.rowsPerSecond()));
    }

    public String undo(UndoResult result) {
        return text(result.reasonKey(), result.args().toArray());
    }

    /** A row problem with where it happened. */
    public String problem(ImportProblem problem) {
        return csv.describe(new CsvProblem(problem.rejectsRow() ? org.callsheet.logic.csv.Severity.ERROR
                : org.callsheet.logic.csv.Severity.WARNING,
                org.callsheet.logic.csv.ProblemCode.valueOf(problem.key().substring("csv.problem.".length())
                        .toUpperCase(Locale.ROOT)),
                problem.args(), problem.row(), problem.column()));
    }
}
