package org.callsheet.logic.csv;

import java.nio.charset.Charset;

/**
 * The encoding a file is read with and how it was decided.
 *
 * @param bomLength bytes of byte order mark to skip before decoding
 */
public record DetectedEncoding(Charset charset, int bomLength, Source source) {

    /** How the encoding was decided, so the import screen can show it. */
    public enum Source { BOM, DETECTED, USER }
}
