/**
 * The file half of CSV import and export. Nothing here touches the database; whole files are
 * never held in memory.
 *
 * <p>An import runs in two passes over the file:
 * <ol>
 *   <li>{@link org.callsheet.logic.csv.CsvFileReader} opens the file (encoding, delimiter, the
 *       checks that refuse unreadable files with an {@link org.callsheet.logic.csv.UnreadableCsvException});
 *       {@link org.callsheet.logic.csv.HeaderMapper} (or a saved
 *       {@link org.callsheet.logic.csv.MappingFile}) maps the columns; the rows are streamed through
 *       {@link org.callsheet.logic.csv.DateColumnScan}, which decides each date column's day/month
 *       order or asks the user.</li>
 *   <li>The file is opened again and each row goes through
 *       {@link org.callsheet.logic.csv.CustomerRowConverter},
 *       {@link org.callsheet.logic.csv.ContactRowConverter},
 *       {@link org.callsheet.logic.csv.OrderRowConverter} or
 *       {@link org.callsheet.logic.csv.CallRowConverter}; accepted rows carry model records,
 *       rejected ones go to an {@link org.callsheet.logic.csv.ErrorCsvWriter}, and an
 *       {@link org.callsheet.logic.csv.ImportReport} counts both.</li>
 * </ol>
 *
 * <p>Problems are codes with arguments and a row and column
 * ({@link org.callsheet.logic.csv.CsvProblem}); {@link org.callsheet.logic.csv.CsvMessages}
 * words them in English, Simplified or Traditional Chinese. Date-times and choices (call outcome,
 * attitude…) are read by {@link org.callsheet.logic.csv.DateTimeValueParser} and
 * {@link org.callsheet.logic.csv.CodeNames}. Export goes through
 * {@link org.callsheet.logic.csv.CsvExportWriter} and {@link org.callsheet.logic.csv.ExportRows}.
 */
package org.callsheet.logic.csv;
