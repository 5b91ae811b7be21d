package org.callsheet.logic.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * How exported files are written. UTF-8 with a byte order mark is the default because Excel
 * needs the mark to read UTF-8; GB18030 is for older Excel on Chinese Windows. Headers are the
 * canonical field ids (re-import everywhere) or labels in a language.
 */
public record ExportOptions(Charset charset, boolean byteOrderMark, HeaderStyle headerStyle, Locale headerLocale) {

    public enum HeaderStyle { CANONICAL, LOCALISED }

    public ExportOptions {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(headerStyle, "headerStyle");
        headerLocale = headerLocale == null ? Locale.ROOT : headerLocale;
        byteOrderMark = byteOrderMark && charset.equals(StandardCharsets.UTF_8);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(StandardCharsets.UTF_8, true, HeaderStyle.CANONICAL, Locale.ROOT);
    }

    public ExportOptions gb18030() {
        return new ExportOptions(EncodingDetector.GB18030, false, headerStyle, headerLocale);
    }

    public ExportOptions localisedHeaders(Locale locale) {
        return new ExportOptions(charset, byteOrderMark, HeaderStyle.LOCALISED, locale);
    }
}
