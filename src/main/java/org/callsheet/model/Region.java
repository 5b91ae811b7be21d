package org.callsheet.model;

import java.math.BigDecimal;

/** An administrative division of China: province, city or county (district). */
public record Region(String code, String parentCode, String name, Level level,
                     BigDecimal longitude, BigDecimal latitude) {
    public enum Level { PROVINCE, CITY, COUNTY }
}
