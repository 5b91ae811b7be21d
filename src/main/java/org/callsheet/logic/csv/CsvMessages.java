package org.callsheet.logic.csv;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.callsheet.logic.text.Bundles;

/** Turns problems and labels of the CSV feature into text in the user's language. */
public final class CsvMessages {
    static final String BUNDLE = "org.callsheet.i18n.csv";
    private final ResourceBundle bundle;
    private final Locale locale;

    public CsvMessages(Locale locale) {
        this.locale = locale;
        this.bundle = Bundles.load(BUNDLE, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The bare text of a key with its arguments filled in. */
    public String text(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof FieldRef field) {
                shown[i] = fieldLabel(field.entityId(), field.fieldId());
            }
        }
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /** The reason alone, e.g. "not a valid date: 31/02/2025". */
    public String reason(CsvProblem problem) {
        return text(problem.code().key(), problem.args().toArray());
    }

    /** The reason with where it happened: "Row 12, column 手机: …", or "Column 手机: …" for a whole column. */
    public String describe(CsvProblem problem) {
        String reason = reason(problem);
        if (problem.row() <= 0) {
            return problem.column().isEmpty() ? reason : text("csv.at.column", problem.column(), reason);
        }
        if (problem.column().isEmpty()) {
            return text("csv.at.row", problem.row(), reason);
        }
        return text("csv.at.row.column", problem.row(), problem.column(), reason);
    }

    /** The label of an import field for headers and mapping screens. */
    public String fieldLabel(String entityId, String fieldId) {
        return bundle.getString("csv.field." + entityId + "." + fieldId);
    }
}
