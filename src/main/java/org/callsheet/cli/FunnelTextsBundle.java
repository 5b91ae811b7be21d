package org.callsheet.cli;

/** Texts of {@code callsheet report}: its own ({@code funnel} bundle), then the shared help headings. */
final class FunnelTextsBundle extends CommandTexts {
    static final String FUNNEL = "org.callsheet.i18n.funnel";

    FunnelTextsBundle(CliMessages messages) {
        super(messages, FUNNEL);
    }
}
