package org.callsheet.logic.sheets.profile;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How profile sheets are written: the language of their texts, the sections they hold, what
 * happens to empty fields, and the rep named in the header.
 */
public record ProfileOptions(Locale locale, Set<SheetSection> sections, EmptyFields emptyFields, String repName) {
    public ProfileOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(emptyFields, "emptyFields");
        sections = sections == null || sections.isEmpty() ? EnumSet.noneOf(SheetSection.class)
                : EnumSet.copyOf(sections);
        repName = repName == null ? "" : repName.strip();
    }

    public boolean shows(SheetSection section) {
        return sections.contains(section);
    }

    public boolean blankLines() {
        return emptyFields == EmptyFields.BLANK_LINES;
    }

    public ProfileOptions withLocale(Locale newLocale) {
        return new ProfileOptions(newLocale, sections, emptyFields, repName);
    }
}
