package org.callsheet.logic.reminders;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Gregorian dates of days of the Chinese lunisolar calendar: from the shipped table for the lunar
 * years 1900–2100 ({@link LunarMonths}), beyond it as ICU computes it for China (UTC+8).
 */
final class LunarDates {
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private LunarDates() {
    }

    /**
     * The Gregorian date of lunar {@code month}/{@code day} (never a leap month) in the lunar year
     * that begins in Gregorian year {@code year}.
     */
    static LocalDate of(int year, int month, int day) {
        return LunarMonths.shipped().year(year).flatMap(y -> y.date(month, day))
                .orElseGet(() -> computed(year, month, day));
    }

    private static LocalDate computed(int year, int month, int day) {
        ChineseCalendar lunar = new ChineseCalendar(UTC);
        // The lunar new year falls between 21 January and 20 February, so 1 June always lies in
        // the lunar year that began in this Gregorian year.
        GregorianCalendar midYear = new GregorianCalendar(UTC);
        midYear.clear();
        midYear.set(year, Calendar.JUNE, 1);
        lunar.setTimeInMillis(midYear.getTimeInMillis());
        int lunarYear = lunar.get(Calendar.EXTENDED_YEAR);

        lunar.clear();
        lunar.set(Calendar.EXTENDED_YEAR, lunarYear);
        lunar.set(Calendar.MONTH, month - 1);
        lunar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        lunar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, lunar.get(Calendar.JULIAN_DAY));
    }
}
