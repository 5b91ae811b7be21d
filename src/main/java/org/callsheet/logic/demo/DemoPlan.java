package org.callsheet.logic.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one demo book is made of: how many customers, the seed and the team. Kept in the settings
 * while the book is being written, so that a run stopped half way is finished by the next one
 * exactly as it began (every demo record is fixed by the seed and its number).
 */
public record DemoPlan(int customers, long seed, List<String> reps) {
    public DemoPlan {
        reps = List.copyOf(reps);
        if (customers < 1 || reps.isEmpty()) {
            throw new IllegalArgumentException("a demo book needs customers and a team");
        }
    }

    /** The plan as the settings keep it: {@code customers;seed;rep|rep|…}. */
    public String encode() {
        return customers + ";" + seed + ";" + String.join("|", reps);
    }

    /** A kept plan; empty when the text is no plan (then nothing can be finished from it). */
    public static Optional<DemoPlan> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(";", 3);
        try {
            List<String> reps = Arrays.stream(parts[2].split("\\|")).filter(r -> !r.isBlank()).toList();
            return Optional.of(new DemoPlan(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), reps));
        } catch (RuntimeException notAPlan) {
            return Optional.empty();
        }
    }
}
