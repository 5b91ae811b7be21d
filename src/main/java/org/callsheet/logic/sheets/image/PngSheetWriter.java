package org.callsheet.logic.sheets.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.PageItem;
import org.callsheet.logic.text.ShippedFont;

/**
 * Draws laid-out pages into one PNG image with Java2D: the pages one below the other on a light
 * grey ground, at {@code pixelsPerPoint} (2 gives 144 dpi), text in the shipped font. The file
 * appears only when the whole image is written.
 */
public final class PngSheetWriter {
    /** Grey band between two pages, in points. */
    private static final float PAGE_GAP = 12f;
    private static final Color GROUND = new Color(0xE6, 0xE6, 0xE6);

    private final double pixelsPerPoint;

    public PngSheetWriter(double pixelsPerPoint) {
        if (pixelsPerPoint <= 0) {
            throw new IllegalArgumentException("pixels per point must be positive: " + pixelsPerPoint);
        }
        this.pixelsPerPoint = pixelsPerPoint;
    }

    /** The pages as one image. */
    public BufferedImage image(List<LaidOutPage> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to draw");
        }
        ShippedFont.registerWithAwt();
        float width = 0;
        float height = 0;
        for (LaidOutPage page : pages) {
            width = Math.max(width, page.paper().width());
            height += page.paper().height();
        }
        height += PAGE_GAP * (pages.size() - 1);
        BufferedImage image = new BufferedImage((int) Math.ceil(width * pixelsPerPoint),
                (int) Math.ceil(height * pixelsPerPoint), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setColor(GROUND);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(pixelsPerPoint, pixelsPerPoint);
            float top = 0;
            for (LaidOutPage page : pages) {
                AffineTransform before = g2.getTransform();
                g2.translate(0, top);
                page(g2, page);
                g2.setTransform(before);
                top += page.paper().height() + PAGE_GAP;
            }
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** Writes the pages as one PNG to {@code target}, through a temporary file beside it. */
    public void write(List<LaidOutPage> pages, Path target) throws IOException {
        BufferedImage image = image(pages);
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.getParent().resolve("." + absolute.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void page(Graphics2D g2, LaidOutPage page) {
        g2.setColor(Color.WHITE);
        g2.fill(new Rectangle2D.Float(0, 0, page.paper().width(), page.paper().height()));
        for (PageItem item : page.items()) {
            switch (item) {
                case PageItem.Box b -> {
                    g2.setColor(gray(b.gray()));
                    g2.fill(new Rectangle2D.Float(b.x(), b.y(), b.width(), b.height()));
                }
                case PageItem.Rule r -> {
                    g2.setColor(gray(r.gray()));
                    g2.setStroke(new BasicStroke(r.width()));
                    g2.draw(new Line2D.Float(r.x1(), r.y1(), r.x2(), r.y2()));
                }
                case PageItem.Text t -> {
                    g2.setColor(gray(t.gray()));
                    g2.setFont(new Font(ShippedFont.FAMILY, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont(t.size()));
                    g2.drawString(t.text(), t.x(), t.baseline());
                }
                case PageItem.Picture p -> {
                    Graphics2D inner = (Graphics2D) g2.create();
                    try {
                        inner.translate(p.x(), p.y());
                        inner.clip(new Rectangle2D.Float(0, 0, p.width(), p.height()));
                        p.content().draw(inner, p.width(), p.height());
                    } finally {
                        inner.dispose();
                    }
                }
            }
        }
    }

    private static Color gray(float level) {
        int v = Math.round(Math.max(0, Math.min(1, level)) * 255);
        return new Color(v, v, v);
    }
}
