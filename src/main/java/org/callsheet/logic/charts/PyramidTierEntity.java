package org.callsheet.logic.charts;

import java.awt.Shape;

/** The area of one pyramid tier (its band and its label), so a click can open the tier. */
public final class PyramidTierEntity extends org.jfree.chart.entity.ChartEntity {
    private final String key;

    PyramidTierEntity(Shape area, String toolTip, String key) {
        super(area, toolTip);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
