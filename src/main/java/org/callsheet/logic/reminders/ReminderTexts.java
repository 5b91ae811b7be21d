package org.callsheet.logic.reminders;

/** Keys of the calls bundle for holidays (reasons and checklist kinds carry their own keys). */
public final class ReminderTexts {
    private ReminderTexts() {
    }

    public static String holiday(ChineseHoliday holiday) {
        return "calls.holiday." + holiday.name();
    }
}
