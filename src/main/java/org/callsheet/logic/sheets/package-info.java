/**
 * Printed sheets as a small page model: a {@link org.callsheet.logic.sheets.Sheet} holds headings,
 * text, label/value grids, tables and blank lines to write on. {@code layout} places them on A4 or
 * Letter pages using font metrics behind an interface; {@code profile} builds a customer's profile
 * sheet; {@code pdf} draws laid-out pages with PDFBox (the JavaFX renderer lives in the ui). Only
 * {@code pdf} knows a drawing library.
 */
package org.callsheet.logic.sheets;
