package org.callsheet.cli;

import java.text.MessageFormat;
import java.time.LocalDateTime;
import org.callsheet.logic.safety.StorageProblemSentence;
import org.callsheet.logic.text.DisplayDates;
import org.callsheet.logic.safety.StorageUnavailableException;

/**
 * Texts of data safety on the command line: its own ({@code safety} bundle), then the shared help
 * headings ({@code cli} bundle). Serves as picocli's resource bundle for the safety commands.
 */
final class SafetyTexts extends CommandTexts {
    static final String SAFETY = "org.callsheet.i18n.safety";

    SafetyTexts(CliMessages messages) {
        super(messages, SAFETY);
    }

    /** Every safety text is a message pattern, arguments or not. */
    @Override
    String text(String key, Object... arguments) {
        return new MessageFormat(getString(key), locale()).format(arguments);
    }

    /** The one sentence for a storage problem, the same as the window shows. */
    String sentence(StorageUnavailableException problem, boolean duringImport) {
        StorageProblemSentence sentence = StorageProblemSentence.of(problem, duringImport);
        Object[] args = sentence.args().stream()
                .map(a -> a instanceof StorageProblemSentence.NoBackup ? text(StorageProblemSentence.NoBackup.KEY)
                        : a instanceof LocalDateTime at ? DisplayDates.of(locale()).dateTime(at) : a)
                .toArray();
        return text(sentence.key(), args);
    }
}
