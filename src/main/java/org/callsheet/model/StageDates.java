package org.callsheet.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * When an opportunity first entered each stage; null for a stage it never entered (skipped, or not
 * reached yet). Immutable.
 */
public final class StageDates {
    private static final StageDates NONE = new StageDates(new Instant[Stage.values().length]);
    private final Instant[] entered;

    private StageDates(Instant[] entered) {
        this.entered = entered;
    }

    public static StageDates none() {
        return NONE;
    }

    /** Dates in stage order (null for a stage not entered); the array is copied. */
    public static StageDates of(Instant... inStageOrder) {
        if (inStageOrder.length != Stage.values().length) {
            throw new IllegalArgumentException("one date per stage");
        }
        return new StageDates(inStageOrder.clone());
    }

    /** The first entry of {@code stage}, or null. */
    public Instant at(Stage stage) {
        return entered[stage.ordinal()];
    }

    /** These dates with {@code stage} entered at {@code when} (null clears it). */
    public StageDates with(Stage stage, Instant when) {
        Instant[] copy = entered.clone();
        copy[stage.ordinal()] = when;
        return new StageDates(copy);
    }

    /** These dates with {@code stage} entered at {@code when} unless it was entered before. */
    public StageDates enteredFirst(Stage stage, Instant when) {
        return at(stage) == null ? with(stage, when) : this;
    }

    /** The furthest stage ever entered, empty when none was. */
    public Optional<Stage> furthest() {
        for (int i = entered.length - 1; i >= 0; i--) {
            if (entered[i] != null) {
                return Optional.of(Stage.values()[i]);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageDates other && Arrays.equals(entered, other.entered);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(entered);
    }

    @Override
    public String toString() {
        return Arrays.toString(entered);
    }
}
