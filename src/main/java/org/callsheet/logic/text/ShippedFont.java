package org.callsheet.logic.text;

import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The CJK font the app ships (WenQuanYi Micro Hei), for drawing with Java2D: charts and the
 * sales brief's PNG draw Chinese with it on machines without a Chinese system font.
 */
public final class ShippedFont {
    public static final String RESOURCE = "/org/callsheet/fonts/wqy-microhei.ttc";
    /** Family the shipped font reports. */
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private static Boolean registered;

    private ShippedFont() {
    }

    /**
     * Registers the font with AWT once per process; returns whether AWT knows the family (true
     * too when the system has its own font of that name). Unreadable font data is an error.
     */
    public static synchronized boolean registerWithAwt() {
        if (registered == null) {
            registered = register();
        }
        return registered;
    }

    private static boolean register() {
        try (InputStream in = ShippedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (java.awt.Font font : java.awt.Font.createFonts(in)) {
                environment.registerFont(font);
            }
            return Arrays.asList(environment.getAvailableFontFamilyNames(Locale.ROOT)).contains(FAMILY);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the shipped font cannot be read", e);
        }
    }
}
