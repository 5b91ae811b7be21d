package org.callsheet.ui.customers;

import java.util.Locale;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.i18n.I18n;

/** Translated names of the pyramid statuses (docs/domain.md §2). */
public final class StatusLabels {
    private StatusLabels() {
    }

    public static String key(CustomerStatus status) {
        return "customerStatus." + status.name().toLowerCase(Locale.ROOT);
    }

    public static String label(I18n i18n, CustomerStatus status) {
        return status == null ? "" : i18n.get(key(status));
    }
}
