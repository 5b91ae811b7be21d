package org.callsheet.logic.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/**
 * Sits between the decoder and the CSV parser and follows the quoting itself, so that a
 * runaway field (a quote never closed, a 100 MB cell) or an absurd number of columns is stopped
 * while streaming, before the parser buffers it, and so that an unclosed quote is reported on
 * the row where it was opened rather than at the end of the file.
 *
 * <p>Lines are counted like the parser counts them: CR, LF and CR LF each end one line.
 */
final class GuardedReader extends FilterReader {
    private final char delimiter;
    private final int maxFieldChars;
    private final int maxColumns;
    private final Charset charset;
    private final boolean charsetDetected;

    private long line = 1;
    private char previous;
    private boolean fieldStart = true;
    private boolean inQuotes;
    private boolean quoteSeenInQuotes;
    private long fieldStartLine = 1;
    private long fieldLength;
    private int columns = 1;

    GuardedReader(Reader in, char delimiter, int maxFieldChars, int maxColumns, DetectedEncoding encoding) {
        super(in);
        this.delimiter = delimiter;
        this.maxFieldChars = maxFieldChars;
        this.maxColumns = maxColumns;
        this.charset = encoding.charset();
        this.charsetDetected = encoding.source() != DetectedEncoding.Source.USER;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new UnreadableCsvException(encodingProblem(), e);
        }
        if (n < 0) {
            if (inQuotes && !quoteSeenInQuotes) {
                throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.UNBALANCED_QUOTE, fieldStartLine));
            }
            return n;
        }
        for (int i = offset; i < offset + n; i++) {
            follow(buffer[i]);
        }
        return n;
    }

    private CsvProblem encodingProblem() {
        if (charsetDetected && "UTF-8".equals(charset.name())) {
            return CsvProblem.fatal(ProblemCode.MIXED_ENCODING, line, 1L, line);
        }
        return CsvProblem.fatal(ProblemCode.INVALID_ENCODING, line, charset.name());
    }

    private void follow(char c) {
        boolean lineBreak = c == '\r' || (c == '\n' && previous != '\r');
        boolean recordCharacter = c == '\r' || c == '\n';
        previous = c;
        if (lineBreak) {
            line++;
        }
        if (inQuotes) {
            if (quoteSeenInQuotes) {
                quoteSeenInQuotes = false;
                if (c == '"') {
                    grow();
                    return;
                }
                inQuotes = false;
            } else {
                if (c == '"') {
                    quoteSeenInQuotes = true;
                } else {
                    grow();
                }
                return;
            }
        }
        if (c == delimiter) {
            columns++;
            if (columns > maxColumns) {
                throw new UnreadableCsvException(
                        CsvProblem.fatal(ProblemCode.TOO_MANY_COLUMNS, line, columns, maxColumns));
            }
            newField();
        } else if (recordCharacter) {
            columns = 1;
            newField();
        } else if (c == '"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
        } else {
            fieldStart = false;
            grow();
        }
    }

    private void newField() {
        fieldStart = true;
        fieldLength = 0;
        fieldStartLine = line;
    }

    private void grow() {
        if (++fieldLength > maxFieldChars) {
            throw new UnreadableCsvException(
                    CsvProblem.fatal(ProblemCode.FIELD_TOO_LARGE, fieldStartLine, maxFieldChars));
        }
    }
}
