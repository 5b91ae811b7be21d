package org.callsheet.logic.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one way dates and times are written for people, per language: "Mar 2, 2026" and
 * "2026年3月2日", times on the 24-hour clock. The patterns live in the {@code dates} bundle, so each
 * language states its own. Files (CSV) keep ISO dates; they are not written through this class.
 */
public final class DisplayDates {
    public static final String BUNDLE = "org.callsheet.i18n.dates";
    /** Forms a typed date is read in besides the language's own. */
    private static final List<DateTimeFormatter> TYPED = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("y/M/d", Locale.ROOT), DateTimeFormatter.ofPattern("y.M.d", Locale.ROOT),
            DateTimeFormatter.ofPattern("y年M月d日", Locale.ROOT));

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter weekdayDate;
    private final DateTimeFormatter typedDate;

    private DisplayDates(Locale locale) {
        this.locale = locale;
        ResourceBundle bundle = Bundles.load(BUNDLE, locale);
        this.date = DateTimeFormatter.ofPattern(bundle.getString("dates.date"), locale);
        this.time = DateTimeFormatter.ofPattern(bundle.getString("dates.time"), locale);
        this.dateTime = DateTimeFormatter.ofPattern(bundle.getString("dates.dateTime"), locale);
        this.weekdayDate = DateTimeFormatter.ofPattern(bundle.getString("dates.weekdayDate"), locale);
        this.typedDate = new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient()
                .appendPattern(bundle.getString("dates.date")).toFormatter(locale);
    }

    public static DisplayDates of(Locale locale) {
        return new DisplayDates(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The date format itself, for a table column that formats many dates. */
    public DateTimeFormatter dateFormatter() {
        return date;
    }

    /** The date-and-time format itself. */
    public DateTimeFormatter dateTimeFormatter() {
        return dateTime;
    }

    /** "Mar 2, 2026", "2026年3月2日"; empty for no date. */
    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /** "09:30". */
    public String time(LocalTime value) {
        return value == null ? "" : time.format(value);
    }

    /** "Mar 2, 2026 09:30", "2026年3月2日 09:30". */
    public String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }

    public String dateTime(Instant value, ZoneId zone) {
        return value == null ? "" : dateTime(LocalDateTime.ofInstant(value, zone));
    }

    /** A heading's date with the day of the week: "Monday, March 2, 2026", "2026年3月2日 星期一". */
    public String weekdayDate(LocalDate value) {
        return value == null ? "" : weekdayDate.format(value);
    }

    /**
     * A date as a person types it: in this language's form, or as 2026-03-02, 2026/3/2, 2026.3.2
     * or 2026年3月2日; empty when it is none of these.
     */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        try {
            return Optional.of(LocalDate.parse(typed, typedDate));
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter form : TYPED) {
                try {
                    return Optional.of(LocalDate.parse(typed, form));
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
            return Optional.empty();
        }
    }
}
