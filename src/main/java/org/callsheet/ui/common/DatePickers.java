package org.callsheet.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.callsheet.logic.text.DisplayDates;
import org.callsheet.ui.i18n.I18n;

/** Date pickers that show and read dates in the language's one date format. */
public final class DatePickers {
    /** Wide enough for the longest date of each language ("2026年12月27日", "Sep 30, 2026") and the button. */
    public static final double PREF_WIDTH = 168;
    private static final LocalDate EXAMPLE = LocalDate.of(2026, 3, 2);

    private DatePickers() {
    }

    /** A new picker in the language's date format. */
    public static DatePicker create(I18n i18n) {
        return localize(new DatePicker(), i18n);
    }

    /** Gives the picker the language's date format (shown, typed, and as the prompt's example). */
    public static DatePicker localize(DatePicker picker, I18n i18n) {
        picker.setConverter(converter(i18n.dates()));
        // "e.g." so that the example reads as a format, not as a value already chosen
        picker.setPromptText(i18n.format("common.dateExample", i18n.dates().date(EXAMPLE)));
        return picker;
    }

    /**
     * Writes dates in the language's format and reads that or the usual typed forms; text that is
     * no date throws, so the picker keeps its value.
     */
    public static StringConverter<LocalDate> converter(DisplayDates dates) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return dates.date(value);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return dates.parseDate(text).orElseThrow(() -> new DateTimeParseException("not a date", text, 0));
            }
        };
    }
}
