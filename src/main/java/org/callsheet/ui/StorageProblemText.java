package org.callsheet.ui;

import java.time.LocalDateTime;
import org.callsheet.logic.safety.StorageProblemSentence;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.i18n.I18n;

/** The one sentence about a storage problem in the window's language, the same as the command line's. */
public final class StorageProblemText {
    private StorageProblemText() {
    }

    public static String of(I18n i18n, StorageUnavailableException problem, boolean duringImport) {
        StorageProblemSentence sentence = StorageProblemSentence.of(problem, duringImport);
        Object[] args = sentence.args().stream()
                .map(a -> a instanceof StorageProblemSentence.NoBackup ? i18n.get(StorageProblemSentence.NoBackup.KEY)
                        : a instanceof LocalDateTime at ? i18n.dates().dateTime(at) : a)
                .toArray();
        return i18n.format(sentence.key(), args);
    }
}
