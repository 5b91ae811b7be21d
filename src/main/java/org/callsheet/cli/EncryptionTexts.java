package org.callsheet.cli;

/**
 * Texts of encryption on the command line: its own ({@code encryption} bundle), then the shared
 * help headings. Serves as picocli's resource bundle for {@code encrypt} and {@code decrypt}.
 */
final class EncryptionTexts extends CommandTexts {
    static final String ENCRYPTION = "org.callsheet.i18n.encryption";

    EncryptionTexts(CliMessages messages) {
        super(messages, ENCRYPTION, SafetyTexts.SAFETY);
    }
}
