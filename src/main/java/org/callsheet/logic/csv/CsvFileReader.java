package org.callsheet.logic.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens a CSV file for import: detects encoding and delimiter (unless the user chose them),
 * refuses files that cannot be read, reads and checks the header and makes sure there is at
 * least one data row. Nothing but the sample and the current row is kept in memory.
 */
public final class CsvFileReader {
    private static final int DELIMITER_SAMPLE_CHARS = 65_536;
    private final CsvReadOptions options;
    private final EncodingDetector encodingDetector = new EncodingDetector();
    private final DelimiterDetector delimiterDetector = new DelimiterDetector();

    private final Set<String> knownColumnNames;

    /** A reader that knows the column names of the standard entities. */
    public CsvFileReader(CsvReadOptions options) {
        this(options, EntityRegistry.standard());
    }

    /** A reader that tells a header from data by the column names of these entities. */
    public CsvFileReader(CsvReadOptions options, EntityRegistry registry) {
        this.options = options;
        this.knownColumnNames = registry.all().stream()
                .flatMap(entity -> entity.fields().stream())
                .flatMap(field -> Stream.concat(Stream.of(field.id()), field.aliases().stream()))
                .map(HeaderNormalizer::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }

    public CsvFile open(Path path) {
        try {
            return open(Files.newInputStream(path));
        } catch (IOException e) {
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.IO_ERROR, 0, String.valueOf(e.getMessage())), e);
        }
    }

    /** Takes ownership of the stream: it is closed with the returned file, or at once on failure. */
    public CsvFile open(InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, 65_536);
        try {
            in.mark(options.sampleBytes() + 1);
            byte[] sample = in.readNBytes(options.sampleBytes());
            boolean wholeFile = in.read() < 0;
            in.reset();
            if (sample.length == 0) {
                throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.EMPTY_FILE, 0));
            }
            ContentSniffer.checkBytes(sample, options.encoding());
            DetectedEncoding encoding = encodingDetector.detect(sample, wholeFile, options.encoding());
            String text = decodeSample(sample, encoding);
            ContentSniffer.checkText(text);
            char delimiter = options.delimiter().orElseGet(() -> delimiterDetector.detect(text));
            in.skipNBytes(encoding.bomLength());
            Reader decoded = new StrictDecodingReader(in, encoding.charset());
            Reader guarded = new GuardedReader(decoded, delimiter, options.maxFieldChars(),
                    options.maxColumns(), encoding);
            CSVFormat format = CSVFormat.RFC4180.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .get();
            return new CsvFile(CSVParser.builder().setReader(guarded).setFormat(format).get(), encoding, delimiter, knownColumnNames);
        } catch (IOException e) {
            closeQuietly(in);
            throw new UnreadableCsvException(CsvProblem.fatal(ProblemCode.IO_ERROR, 0, String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static String decodeSample(byte[] sample, DetectedEncoding encoding) {
        int from = encoding.bomLength();
        int length = Math.min(sample.length - from, DELIMITER_SAMPLE_CHARS * 4);
        return encoding.charset().decode(ByteBuffer.wrap(sample, from, length)).toString();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // The original failure is what the user needs to see.
        }
    }
}
