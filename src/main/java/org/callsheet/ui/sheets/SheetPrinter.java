package org.callsheet.ui.sheets;

import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.callsheet.logic.sheets.layout.LaidOutPage;
import org.callsheet.logic.sheets.layout.Paper;

/**
 * Prints laid-out pages through JavaFX printing: the printer dialog (printer, copies, range), the
 * page setup dialog, then each page drawn by the {@link FxPageRenderer} and scaled into the
 * printable area. A machine without a printer gets a message instead.
 */
final class SheetPrinter {
    /** What became of a print. */
    enum Outcome { PRINTED, NO_PRINTER, DISMISSED, FAILED }

    private final FxPageRenderer renderer = new FxPageRenderer();

    Outcome print(List<LaidOutPage> pages, Window owner, boolean pageSetup) {
        if (pages.isEmpty() || Printer.getDefaultPrinter() == null) {
            return Outcome.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        Paper paper = pages.getFirst().paper();
        job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(fxPaper(paper),
                PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM));
        if ((pageSetup && !job.showPageSetupDialog(owner)) || !job.showPrintDialog(owner)) {
            job.cancelJob();
            return Outcome.DISMISSED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (LaidOutPage page : pages) {
            Node node = renderer.render(page);
            double scale = fit(page, layout);
            node.getTransforms().add(new Scale(scale, scale));
            if (!job.printPage(layout, node)) {
                job.cancelJob();
                return Outcome.FAILED;
            }
        }
        return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
    }

    /** The scale that fits the sheet's paper into the printable area (never enlarged). */
    static double fit(LaidOutPage page, PageLayout layout) {
        return Math.min(1.0, Math.min(layout.getPrintableWidth() / page.paper().width(),
                layout.getPrintableHeight() / page.paper().height()));
    }

    private static javafx.print.Paper fxPaper(Paper paper) {
        return switch (paper) {
            case A4 -> javafx.print.Paper.A4;
            case LETTER -> javafx.print.Paper.NA_LETTER;
        };
    }
}
