package org.callsheet.logic.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly and, unlike {@link java.io.InputStreamReader}, hands out every character
 * before a bad byte sequence and only then fails, so the line counted above it is the line that
 * holds the bad bytes.
 */
final class StrictDecodingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16_384).flip();
    private final CharBuffer chars = CharBuffer.allocate(16_384).flip();
    private boolean endOfInput;
    private boolean finished;
    private CoderResult pendingError;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pendingError != null) {
                CharacterCodingException error = new CharacterCodingException();
                error.initCause(new IllegalStateException(pendingError.toString()));
                throw error;
            }
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        if (!endOfInput && bytes.remaining() < 8) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            pendingError = result;
        } else if (endOfInput && !bytes.hasRemaining()) {
            if (decoder.flush(chars).isError()) {
                pendingError = CoderResult.malformedForLength(1);
            }
            finished = true;
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
