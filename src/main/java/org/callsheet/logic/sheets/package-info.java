/**
 * Printed sheets as a small page model: a {@link org.callsheet.logic.sheets.Sheet} holds headings,
 * text, label/value grids, tables, blank lines to write on and drawings (charts). {@code layout}
 * places them on A4 or Letter pages using font metrics behind an interface; {@code profile} builds
 * a customer's profile sheet, {@code brief} the sales brief; {@code pdf} draws laid-out pages with
 * PDFBox, {@code image} with Java2D into a PNG (the JavaFX renderer lives in the ui). A drawing is
 * drawn by each renderer with the Graphics2D of its medium. Only {@code pdf} knows PDFBox.
 */
package org.callsheet.logic.sheets;
