package org.callsheet.logic.csv.imports;

import java.util.List;

/**
 * What became of an undo. When refused, {@code reasonKey} (in the {@code imports} bundle) and
 * {@code args} say why; nothing was changed then.
 */
public record UndoResult(Outcome outcome, long batchId, long restored, long deleted, String reasonKey,
                         List<Object> args) {

    public enum Outcome { UNDONE, NOT_FOUND, ALREADY_UNDONE, LATER_BATCH, NOTHING_TO_UNDO }

    public UndoResult {
        args = List.copyOf(args);
    }

    public static UndoResult undone(long batchId, long restored, long deleted) {
        return new UndoResult(Outcome.UNDONE, batchId, restored, deleted, "imports.undo.done",
                List.of(batchId, restored, deleted));
    }

    public static UndoResult refused(Outcome outcome, long batchId, Object... args) {
        String key = "imports.undo." + outcome.name().toLowerCase(java.util.Locale.ROOT);
        return new UndoResult(outcome, batchId, 0, 0, key, List.of(args));
    }

    public boolean done() {
        return outcome == Outcome.UNDONE;
    }
}
