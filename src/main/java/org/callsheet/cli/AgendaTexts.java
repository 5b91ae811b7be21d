package org.callsheet.cli;

/**
 * Texts of {@code callsheet agenda}: its own ({@code today} bundle), the names of outcomes, holidays
 * and checklist items ({@code calls} bundle), and the shared help headings ({@code cli} bundle),
 * searched in that order.
 */
final class AgendaTexts extends CommandTexts {
    static final String TODAY = "org.callsheet.i18n.today";
    static final String CALLS = "org.callsheet.i18n.calls";

    AgendaTexts(CliMessages messages) {
        super(messages, TODAY, CALLS);
    }
}
