package org.callsheet.logic.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way this program writes CSV: the chosen encoding (with a byte order mark for UTF-8
 * unless told otherwise), CRLF line ends, quotes only where needed, every cell protected
 * against formula injection.
 */
final class CsvOutput implements AutoCloseable {
    private final CSVPrinter printer;

    CsvOutput(OutputStream out, ExportOptions options) {
        try {
            if (options.byteOrderMark()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
            printer = new CSVPrinter(new OutputStreamWriter(out, options.charset()), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(FormulaGuard.neutralise(cell == null ? "" : cell));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
