package org.callsheet.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.callsheet.logic.encryption.DatabasePassword;

/**
 * A password file: its first line is the password (the line break is not part of it, nothing else
 * is trimmed). A missing, unreadable or empty file is refused in one sentence, exit 2; the
 * password itself is never printed.
 */
final class PasswordFile {
    private PasswordFile() {
    }

    static DatabasePassword read(Path file, CommandTexts texts) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("password.error.missing", file));
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null || DatabasePassword.isBlank(first.toCharArray())) {
                throw new CliFailure(ExitCodes.USAGE, texts.text("password.error.empty", file));
            }
            return DatabasePassword.of(first.startsWith("\uFEFF") ? first.substring(1) : first);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.USAGE, texts.text("password.error.unreadable", file));
        }
    }
}
