package org.callsheet.cli;

/** Texts of {@code callsheet profile}: its own ({@code sheets} bundle), then the shared help headings. */
final class ProfileTexts extends CommandTexts {
    static final String SHEETS = "org.callsheet.i18n.sheets";

    ProfileTexts(CliMessages messages) {
        super(messages, SHEETS);
    }
}
