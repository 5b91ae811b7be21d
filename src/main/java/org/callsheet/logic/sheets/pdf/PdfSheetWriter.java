package org.callsheet.logic.sheets.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Calendar;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.PageItem;

/**
 * Draws laid-out pages into one PDF with PDFBox: the text as real, selectable text in a subset
 * of the sheet font, rules, shaded bands and drawings (charts) as vector graphics. Pages are drawn as they come, so
 * a long print holds only the finished PDF objects, not the laid-out pages. Not thread-safe.
 */
public final class PdfSheetWriter implements Closeable {
    /** Stroke width of faux bold, as a share of the font size (the font has no bold face). */
    private static final float BOLD_STROKE = 0.035f;

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final PdfBoxGraphics2DFontTextDrawer chartText = new PdfBoxGraphics2DFontTextDrawer();
    private int pages;

    public PdfSheetWriter(SheetFont sheetFont, DocumentInfo info) throws IOException {
        try {
            collection = sheetFont.openCollection();
            font = PDType0Font.load(document, SheetFont.face(collection), true);
            // drawings name the shipped family through AWT; their text goes into the same subset
            for (String name : SheetFont.AWT_NAMES) {
                chartText.registerFont(name, font);
            }
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
        describe(info);
    }

    /** Sets the document's title, author, subject and language (again, when known only at the end). */
    public void describe(DocumentInfo info) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setSubject(info.subject());
        information.setCreator("Callsheet");
        information.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage(info.language().toLanguageTag());
    }

    public int pages() {
        return pages;
    }

    public void add(LaidOutPage laidOut) throws IOException {
        float height = laidOut.paper().height();
        PDPage page = new PDPage(new PDRectangle(laidOut.paper().width(), height));
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            for (PageItem item : laidOut.items()) {
                switch (item) {
                    case PageItem.Box b -> {
                        out.setNonStrokingColor(b.gray());
                        out.addRect(b.x(), height - b.y() - b.height(), b.width(), b.height());
                        out.fill();
                    }
                    case PageItem.Rule r -> {
                        out.setStrokingColor(r.gray());
                        out.setLineWidth(r.width());
                        out.moveTo(r.x1(), height - r.y1());
                        out.lineTo(r.x2(), height - r.y2());
                        out.stroke();
                    }
                    case PageItem.Text t -> text(out, t, height);
                    case PageItem.Picture p -> picture(out, p, height);
                }
            }
        }
        pages++;
    }

    /** A drawing as vector graphics in a form of its own; its text set in the sheet font where it can be. */
    private void picture(PDPageContentStream out, PageItem.Picture p, float height) throws IOException {
        PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, p.width(), p.height());
        try {
            g2.setFontTextDrawer(chartText);
            p.content().draw(g2, p.width(), p.height());
        } finally {
            g2.dispose();
        }
        out.saveGraphicsState();
        out.transform(Matrix.getTranslateInstance(p.x(), height - p.y() - p.height()));
        out.drawForm(g2.getXFormObject());
        out.restoreGraphicsState();
    }

    private void text(PDPageContentStream out, PageItem.Text t, float height) throws IOException {
        if (t.text().isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, t.size());
        out.setNonStrokingColor(t.gray());
        if (t.bold()) {
            out.setStrokingColor(t.gray());
            out.setLineWidth(t.size() * BOLD_STROKE);
            out.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.setTextMatrix(Matrix.getTranslateInstance(t.x(), height - t.baseline()));
        out.showText(t.text());
        out.endText();
    }

    /** Writes the PDF to the stream (the font subset is made here). */
    public void save(OutputStream target) throws IOException {
        document.save(target);
    }

    /**
     * Writes the PDF to {@code target} through a temporary file beside it, so the target is either
     * the whole new PDF or left as it was.
     */
    public void save(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = dir.resolve("." + absolute.getFileName() + "." + System.nanoTime() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                document.save(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            chartText.close();
            document.close();
        } finally {
            collection.close();
        }
    }
}
