package org.callsheet.logic.sheets.profile;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sections a profile sheet can hold, in the order they are printed; Settings chooses which.
 * The overview (name, ids, owner, tier and class) always opens the sheet.
 */
public enum SheetSection {
    COMPANY, CONTACTS, CLASSIFICATION, NEEDS, CALLS, LAST_VISITS, OPPORTUNITIES, FOLLOW_UPS, KEY_DATES, NOTES, VISIT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Key of the section's title in the {@code sheets} bundle. */
    public String messageKey() {
        return "sheets.section." + code();
    }

    public static Optional<SheetSection> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public static Set<SheetSection> all() {
        return EnumSet.allOf(SheetSection.class);
    }

    /** Sections from a comma-separated list of codes; unknown codes are skipped. */
    public static Set<SheetSection> parse(String codes) {
        EnumSet<SheetSection> out = EnumSet.noneOf(SheetSection.class);
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                ofCode(code).ifPresent(out::add);
            }
        }
        return out;
    }

    public static String format(Set<SheetSection> sections) {
        return sections.stream().sorted().map(SheetSection::code).collect(Collectors.joining(","));
    }
}
