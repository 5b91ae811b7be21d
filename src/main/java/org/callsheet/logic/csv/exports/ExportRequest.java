package org.callsheet.logic.csv.exports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One export: which entity, where to, in which encoding, with English field ids or Chinese
 * labels as headers, and optionally only records updated since a day (in the clock's zone).
 */
public record ExportRequest(String entityId, Path file, Encoding encoding, Headers headers, Optional<LocalDate> since) {

    public enum Encoding { UTF8_BOM, GB18030 }

    public enum Headers { EN, ZH }

    public ExportRequest {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(since, "since");
    }

    public static ExportRequest of(String entityId, Path file) {
        return new ExportRequest(entityId, file, Encoding.UTF8_BOM, Headers.EN, Optional.empty());
    }

    public ExportRequest gb18030() {
        return new ExportRequest(entityId, file, Encoding.GB18030, headers, since);
    }

    public ExportRequest chineseHeaders() {
        return new ExportRequest(entityId, file, encoding, Headers.ZH, since);
    }

    public ExportRequest since(LocalDate day) {
        return new ExportRequest(entityId, file, encoding, headers, Optional.of(day));
    }
}
