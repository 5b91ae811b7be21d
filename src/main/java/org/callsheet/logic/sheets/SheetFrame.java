package org.callsheet.logic.sheets;

import java.util.Objects;

/**
 * What every page of a sheet shows around its content: the sheet's title and {@code printed}
 * (date and rep) in the header, {@code subject} (the customer) in the footer beside the page
 * number. {@code pageNumberPattern} is a {@link java.text.MessageFormat} with the page as
 * {@code {0}} and the sheet's page count as {@code {1}}; {@code continuedPattern} titles the
 * pages after the first with the subject as {@code {0}}.
 */
public record SheetFrame(String title, String printed, String subject, String pageNumberPattern,
                         String continuedPattern) {
    public SheetFrame {
        Objects.requireNonNull(pageNumberPattern, "pageNumberPattern");
        Objects.requireNonNull(continuedPattern, "continuedPattern");
        title = title == null ? "" : title;
        printed = printed == null ? "" : printed;
        subject = subject == null ? "" : subject;
    }
}
