package org.callsheet.logic.sheets.pdf;

/** What a print produced: sheets (customers) and pages. */
public record PrintCount(int sheets, int pages) {
}
