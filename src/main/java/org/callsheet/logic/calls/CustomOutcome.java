package org.callsheet.logic.calls;

import java.util.Objects;
import org.callsheet.model.CallOutcome;

/**
 * An outcome the rep added in Settings, with its own label. It counts as connected or not, as the
 * rep chose, so last contact and last attempt keep working; {@code id} stays the same for ever.
 */
public record CustomOutcome(String id, String label, boolean connected) {
    public static final int MAX_LABEL = 40;

    public CustomOutcome {
        Objects.requireNonNull(id, "id");
        label = label == null ? "" : label.strip();
    }

    /** The outcome value a call with this outcome is stored with. */
    public CallOutcome storedAs() {
        return CallOutcome.forCustom(connected);
    }
}
