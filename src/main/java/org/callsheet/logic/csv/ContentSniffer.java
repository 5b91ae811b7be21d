package org.callsheet.logic.csv;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Refuses what is plainly not a text table before anyone tries to parse it: Excel workbooks,
 * other binary files, empty files.
 */
final class ContentSniffer {
    /** Above this share of control characters a "text" is really binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;
    private static final int CHARS_TO_CHECK = 65_536;

    private ContentSniffer() {
    }

    /**
     * Checks the raw bytes. UTF-16 text (by its byte order mark or the user's choice) legitimately
     * holds NUL bytes, so it is checked as text only.
     */
    static void checkBytes(byte[] sample, Optional<Charset> chosen) {
        if (startsWith(sample, 0x50, 0x4B, 0x03, 0x04) || startsWith(sample, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.EXCEL_WORKBOOK, 0));
        }
        Optional<Charset> charset = chosen.or(() -> EncodingDetector.byteOrderMark(sample).map(DetectedEncoding::charset));
        if (charset.filter(c -> c.name().startsWith("UTF-16")).isPresent()) {
            return;
        }
        for (byte b : sample) {
            if (b == 0) {
                throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.BINARY_FILE, 0));
            }
        }
    }

    /** Checks the decoded start of the file. */
    static void checkText(CharSequence text) {
        int n = Math.min(text.length(), CHARS_TO_CHECK);
        int control = 0;
        boolean blank = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                control++;
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                blank = false;
            }
        }
        if (blank) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.EMPTY_FILE, 0));
        }
        if (control > 0 && control >= MAX_CONTROL_SHARE * n) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.BINARY_FILE, 0));
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
