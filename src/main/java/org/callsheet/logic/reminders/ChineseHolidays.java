package org.callsheet.logic.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Dates of the Chinese holidays for any year, computed rather than looked up. */
public final class ChineseHolidays {
    private static final double QINGMING_LONGITUDE = 15.0;

    public LocalDate dateOf(ChineseHoliday holiday, int year) {
        return switch (holiday) {
            case NEW_YEAR -> LocalDate.of(year, 1, 1);
            case SPRING_FESTIVAL -> LunarDates.of(year, 1, 1);
            case LANTERN_FESTIVAL -> LunarDates.of(year, 1, 15);
            case QINGMING -> SolarTerms.dateOf(year, QINGMING_LONGITUDE);
            case DRAGON_BOAT -> LunarDates.of(year, 5, 5);
            case MID_AUTUMN -> LunarDates.of(year, 8, 15);
            case NATIONAL_DAY -> LocalDate.of(year, 10, 1);
        };
    }

    /** Every holiday of the year, in date order. */
    public List<HolidayDate> of(int year) {
        List<HolidayDate> out = new ArrayList<>();
        for (ChineseHoliday h : ChineseHoliday.values()) {
            out.add(new HolidayDate(h, dateOf(h, year)));
        }
        out.sort(Comparator.comparing(HolidayDate::date));
        return out;
    }

    /** Holidays from {@code first} to {@code last}, both included, in date order. */
    public List<HolidayDate> between(LocalDate first, LocalDate last) {
        List<HolidayDate> out = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            for (HolidayDate h : of(year)) {
                if (!h.date().isBefore(first) && !h.date().isAfter(last)) {
                    out.add(h);
                }
            }
        }
        return out;
    }
}
