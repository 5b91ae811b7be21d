package org.callsheet.persistence.safety;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.logic.safety.KnownState;
import org.slf4j.LoggerFactory;

/**
 * The {@link KnownState} of a database as a small properties file beside it
 * ({@code data/crm} → {@code data/crm.state.properties}) and inside each of its backups (ADR 23).
 * A missing or unreadable file reads as nothing known.
 */
public final class KnownStateFile {
    public static final String SUFFIX = ".state.properties";

    private final Path file;

    public KnownStateFile(Path file) {
        this.file = file;
    }

    public static KnownStateFile beside(Path databaseWithoutSuffix) {
        Path absolute = databaseWithoutSuffix.toAbsolutePath();
        return new KnownStateFile(absolute.resolveSibling(absolute.getFileName() + SUFFIX));
    }

    public Path file() {
        return file;
    }

    public Optional<KnownState> read() {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
            return Optional.of(new KnownState(Long.parseLong(values.getProperty("storeVersion")),
                    Instant.parse(values.getProperty("seenAt")),
                    new BookCounts(number(values, "customers"), number(values, "calls"), number(values, "orders"),
                            number(values, "followUps")),
                    number(values, "fileSize")));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            // only the extra check is lost: the store itself still says whether it holds anything
            LoggerFactory.getLogger(KnownStateFile.class).warn("Known state of the database not readable: {}", file,
                    unreadable);
            return Optional.empty();
        }
    }

    private static long number(Properties values, String key) {
        String value = values.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return Long.parseLong(value);
    }

    /** Writes a new file and moves it over the old one, so a reader never sees half a file. */
    public void write(KnownState state) {
        Properties properties = new Properties();
        properties.setProperty("storeVersion", Long.toString(state.storeVersion()));
        properties.setProperty("seenAt", state.seenAt().toString());
        properties.setProperty("customers", Long.toString(state.counts().customers()));
        properties.setProperty("calls", Long.toString(state.counts().calls()));
        properties.setProperty("orders", Long.toString(state.counts().orders()));
        properties.setProperty("followUps", Long.toString(state.counts().followUps()));
        properties.setProperty("fileSize", Long.toString(state.fileSize()));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Callsheet: what the database held when last seen; "
                        + "a file holding less is refused (delete this file only to accept such a file)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(KnownStateFile.class).warn("Known state of the database not written to {}", file, e);
        }
    }

}
