package org.callsheet.cli;

import java.text.MessageFormat;

/**
 * Texts of {@code callsheet plan-visits}: its own ({@code visits} bundle), then the shared help
 * headings. Every text is a message pattern, arguments or not.
 */
final class PlanVisitsTexts extends CommandTexts {
    static final String VISITS = "org.callsheet.i18n.visits";

    PlanVisitsTexts(CliMessages messages) {
        super(messages, VISITS);
    }

    @Override
    String text(String key, Object... arguments) {
        return new MessageFormat(getString(key), locale()).format(arguments);
    }
}
