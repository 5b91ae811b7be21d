package org.callsheet.logic.csv.imports;

import java.util.List;
import java.util.Optional;

/**
 * The one skeleton of every pass: each accepted row of a chunk is placed (a new record, or one the
 * database or an earlier row holds), the duplicate policy decides what it does there, and the
 * chunk's writes follow in one go unless the import is a dry run.
 */
final class RecordDecisions {
    private RecordDecisions() {
    }

    static <A extends PassRow, R> void decide(List<A> rows, ChunkWork<A, R> work, PassSettings settings) {
        for (A row : rows) {
            RowOutcome outcome = row.outcome();
            Optional<Slot<R>> slot = work.find(row);
            if (outcome.rejected) {
                continue;
            }
            if (slot.isEmpty()) {
                work.add(row);
                outcome.kind = ChangeKind.INSERTED;
            } else if (settings.policy() == DuplicatePolicy.SKIP) {
                outcome.skipped = true;
            } else if (work.apply(slot.get(), row)) {
                outcome.kind = ChangeKind.of(settings.policy());
            }
        }
        if (!settings.dryRun()) {
            work.write();
        }
    }
}
