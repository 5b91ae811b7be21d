package org.callsheet.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.callsheet.logic.settings.StartupCopy;
import org.slf4j.LoggerFactory;

/**
 * The start-up copy of the window settings as a small properties file next to the database
 * ({@code data/crm} → {@code data/crm.startup.properties}). Read with plain file I/O, so the
 * window can open before H2 and jOOQ are ready. A missing or damaged file reads as empty.
 */
public final class StartupCopyFile implements StartupCopy {
    private static final String SUFFIX = ".startup.properties";

    private final Path file;

    public StartupCopyFile(Path file) {
        this.file = file;
    }

    /** The copy that belongs to the database at {@code databaseWithoutSuffix}. */
    public static StartupCopyFile besideDatabase(Path databaseWithoutSuffix) {
        Path absolute = databaseWithoutSuffix.toAbsolutePath();
        return new StartupCopyFile(absolute.resolveSibling(absolute.getFileName() + SUFFIX));
    }

    public Path file() {
        return file;
    }

    @Override
    public Map<String, String> read() {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (NoSuchFileException missing) {
            return Map.of();
        } catch (IOException | IllegalArgumentException damaged) {
            // the database still has every value; the window then opens with the defaults
            return Map.of();
        }
        Map<String, String> known = new TreeMap<>();
        for (String key : KEYS) {
            String value = values.getProperty(key);
            if (value != null) {
                known.put(key, value);
            }
        }
        return known;
    }

    /** Writes a new file and moves it over the old one, so a reader never sees half a file. */
    @Override
    public void write(Map<String, String> values) {
        Properties properties = new Properties();
        values.forEach((key, value) -> {
            if (KEYS.contains(key) && value != null) {
                properties.setProperty(key, value);
            }
        });
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Callsheet: window settings for a fast start; the database holds the originals");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartupCopyFile.class).warn("Start-up copy of the settings not written to {}",
                    file, e);
        }
    }
}
