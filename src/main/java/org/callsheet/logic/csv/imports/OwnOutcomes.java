package org.callsheet.logic.csv.imports;

import org.callsheet.logic.calls.CustomOutcome;
import org.callsheet.logic.calls.OutcomeSettings;
import org.callsheet.model.CallOutcome;

/**
 * The rep's own call outcomes as an import of calls sees them. A label the file names that no own
 * outcome has (case aside) becomes a new own outcome, offered in the call dialog and counted as
 * connected when the row said "other_connected"; it is saved inside the import's transaction, so a
 * failed or cancelled import adds none. Undo keeps it: own outcomes are hidden, never removed.
 */
final class OwnOutcomes {
    private final ImportSession session;
    private final boolean dryRun;
    private OutcomeSettings current;

    OwnOutcomes(ImportSession session, boolean dryRun) {
        this.session = session;
        this.dryRun = dryRun;
        this.current = OutcomeSettings.from(session::setting);
    }

    OutcomeSettings current() {
        return current;
    }

    /**
     * The own outcome with this label. One already defined keeps its own "connected" whatever the
     * file said, so the call reads as that outcome everywhere.
     *
     * @param storedAs the "other" value the row gave
     */
    CustomOutcome resolve(String label, CallOutcome storedAs) {
        String plain = label.strip().replaceAll("\\s+", " ");
        var known = current.customByLabel(plain);
        if (known.isPresent()) {
            return known.get();
        }
        CustomOutcome added = new CustomOutcome(current.nextCustomId(), plain, storedAs.connected());
        current = current.with(added);
        if (!dryRun) {
            current.toSettings().forEach(session::putSetting);
        }
        return added;
    }
}
