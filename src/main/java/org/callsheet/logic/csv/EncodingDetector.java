package org.callsheet.logic.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides the encoding from the first bytes of a file: a byte order mark wins; otherwise the
 * sample must be strictly valid UTF-8, else the file is taken as GB18030 (what Excel writes on a
 * Chinese Windows). A sample that mixes UTF-8 lines with lines in another encoding is refused,
 * since any single choice would garble part of the file.
 */
public final class EncodingDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** Lines with fewer non-ASCII bytes than this can be valid UTF-8 by accident, so they do not vote. */
    private static final int MIN_NON_ASCII_TO_VOTE = 6;
    /**
     * Share of voting lines that must be UTF-8 for a non-UTF-8 sample to count as mixed. In
     * random GB2312 text about 0.07% of such lines happen to be valid UTF-8, so 5% leaves a wide
     * margin while still catching a few UTF-8 rows pasted into a GB18030 file.
     */
    private static final double MIXED_SHARE = 0.05;

    /**
     * @param sample    the first bytes of the file
     * @param wholeFile true when the sample is the entire file (then a cut multi-byte character at
     *                  the end is an error, not an artefact of sampling)
     * @param override  the user's choice, if any
     */
    public DetectedEncoding detect(byte[] sample, boolean wholeFile, Optional<Charset> override) {
        Optional<DetectedEncoding> bom = byteOrderMark(sample);
        if (override.isPresent()) {
            Charset chosen = override.get();
            int skip = bom.filter(b -> b.charset().equals(chosen)).map(DetectedEncoding::bomLength).orElse(0);
            return new DetectedEncoding(chosen, skip, DetectedEncoding.Source.USER);
        }
        if (bom.isPresent()) {
            return bom.get();
        }
        if (isUtf8(sample, 0, sample.length, wholeFile)) {
            return new DetectedEncoding(StandardCharsets.UTF_8, 0, DetectedEncoding.Source.DETECTED);
        }
        rejectMixed(sample);
        return new DetectedEncoding(GB18030, 0, DetectedEncoding.Source.DETECTED);
    }

    static Optional<DetectedEncoding> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new DetectedEncoding(StandardCharsets.UTF_8, 3, DetectedEncoding.Source.BOM));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new DetectedEncoding(StandardCharsets.UTF_16LE, 2, DetectedEncoding.Source.BOM));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new DetectedEncoding(StandardCharsets.UTF_16BE, 2, DetectedEncoding.Source.BOM));
        }
        return Optional.empty();
    }

    /**
     * Strict UTF-8 check. When the bytes are only a sample, a multi-byte character cut at the end
     * leaves bytes un-decoded (underflow) rather than malformed, so it is not held against the file.
     */
    static boolean isUtf8(byte[] bytes, int from, int to, boolean endOfInput) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, endOfInput);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            if (!endOfInput) {
                return in.remaining() < 4;
            }
            return !decoder.flush(out).isError();
        }
    }

    private void rejectMixed(byte[] sample) {
        long line = 1;
        long firstUtf8 = 0;
        long firstOther = 0;
        int utf8Lines = 0;
        int votingLines = 0;
        int start = 0;
        for (int i = 0; i <= sample.length; i++) {
            if (i == sample.length || sample[i] == '\n') {
                int nonAscii = countNonAscii(sample, start, i);
                // The last line of a sample may be cut short; it does not vote.
                if (nonAscii >= MIN_NON_ASCII_TO_VOTE && i < sample.length) {
                    votingLines++;
                    if (isUtf8(sample, start, i, true)) {
                        utf8Lines++;
                        firstUtf8 = firstUtf8 == 0 ? line : firstUtf8;
                    } else {
                        firstOther = firstOther == 0 ? line : firstOther;
                    }
                }
                line++;
                start = i + 1;
            }
        }
        if (utf8Lines >= 2 && firstOther > 0 && utf8Lines >= MIXED_SHARE * votingLines) {
            throw new UnreadableCsvException(
                    CsvProblem.fatal(ProblemCode.MIXED_ENCODING, firstOther, firstUtf8, firstOther));
        }
    }

    private static int countNonAscii(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                n++;
            }
        }
        return n;
    }
}
