package org.callsheet.cli;

/** Texts of {@code callsheet report brief}: its own ({@code brief} bundle), the report's, then the shared help headings. */
final class BriefTextsBundle extends CommandTexts {
    static final String BRIEF = "org.callsheet.i18n.brief";

    BriefTextsBundle(CliMessages messages) {
        super(messages, BRIEF, FunnelTextsBundle.FUNNEL);
    }
}
