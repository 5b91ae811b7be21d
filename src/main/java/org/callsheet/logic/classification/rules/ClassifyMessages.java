package org.callsheet.logic.classification.rules;

import java.util.Locale;
import org.callsheet.model.CustomerStatus;

/**
 * Message keys of the {@code org.callsheet.i18n.classify} bundle for results that are not enums
 * of this package. Enum results carry their own {@code messageKey()}.
 */
public final class ClassifyMessages {

    /** Bundle base name. */
    public static final String BUNDLE = "org.callsheet.i18n.classify";
    /** Arguments: days since the last order, median gap in days. */
    public static final String CHURN_WARNING = "classify.alert.churn";
    public static final String KEY_CUSTOMER_INACTIVE = "classify.alert.key_inactive";
    /** Arguments: overdue amount, days overdue. */
    public static final String CREDIT_OVERDUE = "classify.alert.credit";
    public static final String POTENTIAL_BIG = "classify.alert.potential_big";

    private ClassifyMessages() {
    }

    public static String statusKey(CustomerStatus status) {
        return "classify.status." + status.name().toLowerCase(Locale.ROOT);
    }
}
