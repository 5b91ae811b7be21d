package org.callsheet.logic.sheets.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.callsheet.logic.sheets.layout.FontMetrics;
import org.callsheet.logic.text.ShippedFont;

/**
 * The font sheets are set in: WenQuanYi Micro Hei from the collection the app ships (TrueType
 * outlines, so PDFBox can embed a subset). Holds the file's bytes and the font's metrics; each
 * PDF opens its own copy of the font, because PDFBox subsets and closes it with the document.
 */
public final class SheetFont {
    public static final String RESOURCE = "/org/callsheet/fonts/wqy-microhei.ttc";
    /** PostScript name of the proportional face in the collection (the other one is monospaced). */
    static final String FACE = "WenQuanYiMicroHei";
    /** The names AWT gives the shipped face (plain, and bold drawn from it), which drawings use. */
    static final java.util.List<String> AWT_NAMES = java.util.List.of(ShippedFont.FAMILY, ShippedFont.FAMILY + " Bold",
            FACE);

    private static final AtomicReference<SheetFont> SHIPPED = new AtomicReference<>();

    private final byte[] collection;
    private final FontMetrics metrics;

    private SheetFont(byte[] collection) throws IOException {
        this.collection = collection;
        try (TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(collection))) {
            this.metrics = new TrueTypeMetrics(face(ttc));
        }
    }

    /** The shipped font, read once per process. */
    public static SheetFont shipped() {
        SheetFont font = SHIPPED.get();
        if (font == null) {
            try (InputStream in = SheetFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("missing resource " + RESOURCE);
                }
                font = new SheetFont(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SHIPPED.compareAndSet(null, font);
            font = SHIPPED.get();
        }
        return font;
    }

    public FontMetrics metrics() {
        return metrics;
    }

    /** A fresh collection over the bytes; the caller closes it when its document is saved. */
    TrueTypeCollection openCollection() throws IOException {
        return new TrueTypeCollection(new ByteArrayInputStream(collection));
    }

    static TrueTypeFont face(TrueTypeCollection ttc) throws IOException {
        TrueTypeFont font = ttc.getFontByName(FACE);
        if (font == null) {
            throw new IOException("the font collection has no face " + FACE);
        }
        return font;
    }
}
