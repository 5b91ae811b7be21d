package org.callsheet.logic.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.callsheet.logic.text.Characters;

/**
 * Reads one date cell: ISO 2025-03-04, 2025/3/4, 2025.3.4, 2025年3月4日, 20250304, an Excel serial
 * number, or a year-last form 04/03/2025 whose day/month order must be given. A time after the
 * date ("2025/3/4 0:00") is ignored. A bare year (1900–2100) is not taken for a serial number.
 */
public final class DateValueParser {
    private static final Pattern TIME = Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    /** Excel's day 1 is 1900-01-01; it also counts a 29 February 1900 that never was (serial 60). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final long MAX_SERIAL = 2_958_465;

    /** The shape of a date cell, before any day/month decision. */
    public enum Shape { YEAR_FIRST, YEAR_LAST, EXCEL_SERIAL, UNKNOWN }

    static String clean(String value) {
        String text = Characters.halfWidth(value).strip();
        return TIME.matcher(text).replaceFirst("").strip();
    }

    public static Shape shape(String value) {
        String text = clean(value);
        if (YEAR_FIRST.matcher(text).matches() || CHINESE.matcher(text).matches()
                || COMPACT.matcher(text).matches()) {
            return Shape.YEAR_FIRST;
        }
        if (YEAR_LAST.matcher(text).matches()) {
            return Shape.YEAR_LAST;
        }
        return SERIAL.matcher(text).matches() ? Shape.EXCEL_SERIAL : Shape.UNKNOWN;
    }

    /**
     * @param order how to read year-last dates; without it they do not parse
     * @return the date, or empty when the cell is not a valid date
     */
    public Optional<LocalDate> parse(String value, Optional<DayMonthOrder> order) {
        String text = clean(value);
        for (Pattern yearFirst : new Pattern[] {YEAR_FIRST, CHINESE, COMPACT}) {
            Matcher m = yearFirst.matcher(text);
            if (m.matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
        }
        Matcher m = YEAR_LAST.matcher(text);
        if (m.matches()) {
            return order.flatMap(o -> o == DayMonthOrder.DAY_FIRST
                    ? date(m.group(3), m.group(2), m.group(1))
                    : date(m.group(3), m.group(1), m.group(2)));
        }
        if (SERIAL.matcher(text).matches()) {
            return excelSerial(text);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> excelSerial(String text) {
        long serial = Long.parseLong(text.replaceFirst("\\..*", ""));
        // "1985" in a birthday column is a year, not 1905-06-07: refuse rather than guess.
        boolean looksLikeYear = serial >= 1900 && serial <= 2100 && !text.contains(".");
        if (serial < 1 || serial > MAX_SERIAL || serial == 60 || looksLikeYear) {
            return Optional.empty();
        }
        return Optional.of(serial < 60 ? EXCEL_EPOCH.plusDays(serial + 1) : EXCEL_EPOCH.plusDays(serial));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
