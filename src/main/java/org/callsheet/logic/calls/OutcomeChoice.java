package org.callsheet.logic.calls;

import java.util.Objects;
import org.callsheet.model.Call;
import org.callsheet.model.CallOutcome;

/** An outcome the rep can pick: a built-in one ({@code custom} null) or one of the rep's own. */
public record OutcomeChoice(CallOutcome outcome, CustomOutcome custom) {
    private static final String CUSTOM_PREFIX = "custom:";

    public OutcomeChoice {
        Objects.requireNonNull(outcome, "outcome");
        if (custom != null) {
            outcome = custom.storedAs();
        }
    }

    public static OutcomeChoice of(CallOutcome outcome) {
        return new OutcomeChoice(outcome, null);
    }

    public static OutcomeChoice of(CustomOutcome custom) {
        return new OutcomeChoice(custom.storedAs(), custom);
    }

    public boolean connected() {
        return outcome.connected();
    }

    /** The id a call stores for this outcome; null for a built-in one. */
    public String customId() {
        return custom == null ? null : custom.id();
    }

    /** How the setting {@value OutcomeSettings#ORDER} names this outcome. */
    public String token() {
        return custom == null ? outcome.name() : CUSTOM_PREFIX + custom.id();
    }

    /** Whether the call was logged with this outcome. */
    public boolean matches(Call call) {
        return call.outcome() == outcome && Objects.equals(call.customOutcome(), customId());
    }

    /** The id of a custom outcome named by a token, or null when the token names none. */
    static String customIdOf(String token) {
        return token.startsWith(CUSTOM_PREFIX) ? token.substring(CUSTOM_PREFIX.length()) : null;
    }
}
