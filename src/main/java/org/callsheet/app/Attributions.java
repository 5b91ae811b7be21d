package org.callsheet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The NOTICE file shipped inside the app: licences and attributions for the About box. */
final class Attributions {
    private Attributions() {
    }

    static String text() {
        try (InputStream in = Attributions.class.getResourceAsStream("/org/callsheet/NOTICE")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
