package org.callsheet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version line, from the version Maven writes into {@code org/callsheet/version.properties}. */
final class CliVersion implements IVersionProvider {
    private static final String RESOURCE = "/org/callsheet/version.properties";

    private final CliMessages messages;

    CliVersion(CliMessages messages) {
        this.messages = messages;
    }

    @Override
    public String[] getVersion() {
        return new String[] {messages.get("version.line", version())};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = CliVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "?");
    }
}
