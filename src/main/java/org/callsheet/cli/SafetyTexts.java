package org.callsheet.cli;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.callsheet.logic.safety.StorageProblemSentence;
import org.callsheet.logic.text.Bundles;
import org.callsheet.logic.safety.StorageUnavailableException;

/**
 * Texts of data safety on the command line: its own ({@code safety} bundle), then the shared help
 * headings ({@code cli} bundle). Serves as picocli's resource bundle for the safety commands.
 */
final class SafetyTexts extends ResourceBundle {
    static final String SAFETY = "org.callsheet.i18n.safety";

    private final ResourceBundle[] bundles;
    private final Locale locale;

    SafetyTexts(CliMessages messages) {
        this.locale = messages.locale();
        this.bundles = new ResourceBundle[] {Bundles.load(SAFETY, locale), messages.bundle()};
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(getString(key), locale).format(arguments);
    }

    /** The one sentence for a storage problem, the same as the window shows. */
    String sentence(StorageUnavailableException problem, boolean duringImport) {
        StorageProblemSentence sentence = StorageProblemSentence.of(problem, duringImport);
        Object[] args = sentence.args().stream()
                .map(a -> a instanceof StorageProblemSentence.NoBackup ? text(StorageProblemSentence.NoBackup.KEY) : a)
                .toArray();
        return text(sentence.key(), args);
    }

    @Override
    protected Object handleGetObject(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getObject(key);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (ResourceBundle bundle : bundles) {
            keys.addAll(bundle.keySet());
        }
        return Collections.enumeration(keys);
    }
}
