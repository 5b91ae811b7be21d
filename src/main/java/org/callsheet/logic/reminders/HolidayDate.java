package org.callsheet.logic.reminders;

import java.time.LocalDate;

/** A holiday on its date of one year. */
public record HolidayDate(ChineseHoliday holiday, LocalDate date) {
}
