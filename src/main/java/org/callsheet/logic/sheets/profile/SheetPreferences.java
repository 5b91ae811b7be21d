package org.callsheet.logic.sheets.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.settings.Settings;

/**
 * What Settings keeps about profile sheets: the sections printed (all by default), empty fields
 * (left out by default) and the paper (A4 by default). The language is not kept: it follows the
 * interface unless a print chooses another.
 */
public record SheetPreferences(Set<SheetSection> sections, EmptyFields emptyFields, Paper paper) {
    public static final String SECTIONS = "sheets.sections";
    public static final String EMPTY_FIELDS = "sheets.emptyFields";
    public static final String PAPER = "sheets.paper";
    public static final SheetPreferences DEFAULTS =
            new SheetPreferences(SheetSection.all(), EmptyFields.OMIT, Paper.A4);

    public SheetPreferences {
        Objects.requireNonNull(emptyFields, "emptyFields");
        Objects.requireNonNull(paper, "paper");
        sections = Set.copyOf(sections);
    }

    public static SheetPreferences read(Settings settings) {
        Set<SheetSection> sections = settings.get(SECTIONS).map(SheetSection::parse).orElse(DEFAULTS.sections());
        EmptyFields empty = settings.get(EMPTY_FIELDS).flatMap(EmptyFields::ofCode).orElse(DEFAULTS.emptyFields());
        Paper paper = settings.get(PAPER).flatMap(Paper::ofCode).orElse(DEFAULTS.paper());
        return new SheetPreferences(sections, empty, paper);
    }

    /** The settings to store for these preferences (for one Save of the Settings screen). */
    public Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put(SECTIONS, SheetSection.format(sections));
        values.put(EMPTY_FIELDS, emptyFields.code());
        values.put(PAPER, paper.code());
        return values;
    }

    public ProfileOptions options(java.util.Locale locale, String repName) {
        return new ProfileOptions(locale, sections, emptyFields, repName);
    }
}
