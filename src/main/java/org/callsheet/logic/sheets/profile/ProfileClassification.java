package org.callsheet.logic.sheets.profile;

import java.util.Objects;
import org.callsheet.logic.classification.ClassificationResult;

/** A customer's stored classification with the horizons of its forecasts (days and months). */
public record ProfileClassification(ClassificationResult result, int forecastDays, int clvMonths) {
    public ProfileClassification {
        Objects.requireNonNull(result, "result");
    }
}
