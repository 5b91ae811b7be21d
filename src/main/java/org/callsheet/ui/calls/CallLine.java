package org.callsheet.ui.calls;

import org.callsheet.logic.calls.OutcomeChoice;
import org.callsheet.model.Call;

/** A logged call with the name of its customer and the outcome it was logged with, as the call log lists it. */
public record CallLine(Call call, String customerName, OutcomeChoice outcome) {

    /** Whether the customer, number, caller, needs, notes or next step contain the text (case ignored). */
    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return contains(customerName, t) || contains(call.numberInput(), t) || contains(call.numberDigits(), t)
                || contains(call.caller(), t) || contains(call.needs(), t) || contains(call.notes(), t)
                || contains(call.nextStep(), t);
    }

    private static boolean contains(String field, String lower) {
        return field != null && field.toLowerCase(java.util.Locale.ROOT).contains(lower);
    }
}
