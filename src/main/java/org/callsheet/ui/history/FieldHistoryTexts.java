package org.callsheet.ui.history;

import java.time.ZoneId;
import org.callsheet.model.CustomerField;
import org.callsheet.model.CustomerFieldChange;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.customers.StatusLabels;
import org.callsheet.ui.i18n.I18n;

/** The field history's cells in the user's language: time, who, field name, old → new. */
final class FieldHistoryTexts {
    private final I18n i18n;
    private final ZoneId zone;

    FieldHistoryTexts(I18n i18n, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
    }

    String when(CustomerFieldChange c) {
        return i18n.dates().dateTime(c.changedAt(), zone);
    }

    String who(CustomerFieldChange c) {
        if (c.source().isImport()) {
            return i18n.format("history.who.import", c.source().importFile());
        }
        return c.source().repName().isBlank() ? i18n.get("history.who.unknown") : c.source().repName();
    }

    String field(CustomerField field) {
        return field == null ? i18n.get("history.filter.all") : i18n.get("history.field." + field.key());
    }

    String change(CustomerFieldChange c) {
        CustomerField field = c.change().field();
        return value(field, c.change().oldText()) + "  \u2192  " + value(field, c.change().newText());
    }

    /** A stored text as the editor shows it: kind, status and the "no need" mark in words. */
    String value(CustomerField field, String text) {
        if (text.isEmpty()) {
            return i18n.get("history.value.empty");
        }
        try {
            return switch (field) {
                case KIND -> i18n.get("customerKind." + CustomerKind.valueOf(text).name().toLowerCase(java.util.Locale.ROOT));
                case STATUS -> StatusLabels.label(i18n, CustomerStatus.valueOf(text));
                case NO_NEED -> i18n.get(Boolean.parseBoolean(text) ? "history.value.yes" : "history.value.no");
                default -> text.replace('\n', ' ');
            };
        } catch (IllegalArgumentException unknown) {
            return text;
        }
    }
}
