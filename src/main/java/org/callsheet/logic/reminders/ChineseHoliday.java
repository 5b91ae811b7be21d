package org.callsheet.logic.reminders;

/** Holidays on which reps greet their customers; lunar ones move every year. */
public enum ChineseHoliday {
    /** 元旦, 1 January. */
    NEW_YEAR,
    /** 春节, lunar 1/1. */
    SPRING_FESTIVAL,
    /** 元宵, lunar 1/15. */
    LANTERN_FESTIVAL,
    /** 清明, the day the sun reaches ecliptic longitude 15°. */
    QINGMING,
    /** 端午, lunar 5/5. */
    DRAGON_BOAT,
    /** 中秋, lunar 8/15. */
    MID_AUTUMN,
    /** 国庆, 1 October. */
    NATIONAL_DAY
}
