package org.callsheet.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.text.Font;
import org.callsheet.logic.text.ShippedFont;
import org.slf4j.LoggerFactory;

/**
 * Loads the CJK font that ships with the app, for JavaFX and for AWT (JFreeChart draws with AWT),
 * so Chinese renders on machines without a Chinese system font.
 */
public final class ShippedFonts {
    public static final String RESOURCE = "/org/callsheet/fonts/wqy-microhei.ttc";
    /** Family the shipped font reports; the root CSS names it. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    // no Logger field: initialising logging would then hold up start-up (ADR 12)

    private ShippedFonts() {
    }

    /** Loads the font into JavaFX (needs the FX toolkit running); returns the family it reports. */
    public static Optional<String> loadForJavaFx() {
        try (InputStream in = open()) {
            Font[] fonts = Font.loadFonts(in, 13);
            if (fonts == null || fonts.length == 0) {
                LoggerFactory.getLogger(ShippedFonts.class).warn("Shipped font could not be loaded into JavaFX");
                return Optional.empty();
            }
            return Arrays.stream(fonts).map(Font::getFamily).filter(FAMILY::equals).findFirst()
                    .or(() -> Optional.of(fonts[0].getFamily()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Registers the font with AWT once (the app does it in the background after the window opened;
     * chart code calls this before naming the family, and waits if that is still running).
     */
    public static boolean ensureRegisteredWithAwt() {
        return ShippedFont.registerWithAwt();
    }

    /** Registers the font with AWT (once per process); returns whether AWT now knows the family. */
    public static boolean registerWithAwt() {
        return ShippedFont.registerWithAwt();
    }

    private static InputStream open() throws IOException {
        InputStream in = ShippedFonts.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCE);
        }
        return in;
    }
}
