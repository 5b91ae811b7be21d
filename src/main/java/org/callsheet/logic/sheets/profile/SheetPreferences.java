package org.callsheet.logic.sheets.profile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.callsheet.logic.sheets.layout.Paper;
import org.callsheet.logic.settings.Settings;

/**
 * What Settings keeps about profile sheets: the sections printed (all by default), empty fields
 * (left out by default), the paper (A4 by default) and the language (the interface's by default).
 * A print may choose otherwise for itself; the command line's options override these too.
 */
public record SheetPreferences(Set<SheetSection> sections, EmptyFields emptyFields, Paper paper,
                               SheetLanguage language) {
    public static final String SECTIONS = "sheets.sections";
    public static final String EMPTY_FIELDS = "sheets.emptyFields";
    public static final String PAPER = "sheets.paper";
    public static final String LANGUAGE = "sheets.language";
    public static final SheetPreferences DEFAULTS =
            new SheetPreferences(SheetSection.all(), EmptyFields.OMIT, Paper.A4, SheetLanguage.INTERFACE);

    public SheetPreferences {
        Objects.requireNonNull(emptyFields, "emptyFields");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(language, "language");
        sections = Set.copyOf(sections);
    }

    public static SheetPreferences read(Settings settings) {
        Set<SheetSection> sections = settings.get(SECTIONS).map(SheetSection::parse).orElse(DEFAULTS.sections());
        EmptyFields empty = settings.get(EMPTY_FIELDS).flatMap(EmptyFields::ofCode).orElse(DEFAULTS.emptyFields());
        Paper paper = settings.get(PAPER).flatMap(Paper::ofCode).orElse(DEFAULTS.paper());
        SheetLanguage language = settings.get(LANGUAGE).flatMap(SheetLanguage::ofCode).orElse(DEFAULTS.language());
        return new SheetPreferences(sections, empty, paper, language);
    }

    /** The settings to store for these preferences (for one Save of the Settings screen). */
    public Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        values.put(SECTIONS, SheetSection.format(sections));
        values.put(EMPTY_FIELDS, emptyFields.code());
        values.put(PAPER, paper.code());
        values.put(LANGUAGE, language.code());
        return values;
    }

    /** The options of a print in the kept language, {@code interfaceLocale} standing for the interface's. */
    public ProfileOptions options(Locale interfaceLocale, String repName) {
        return new ProfileOptions(language.resolve(interfaceLocale), sections, emptyFields, repName);
    }

    public SheetPreferences withLanguage(SheetLanguage newLanguage) {
        return new SheetPreferences(sections, emptyFields, paper, newLanguage);
    }
}
