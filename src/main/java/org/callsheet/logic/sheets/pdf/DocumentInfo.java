package org.callsheet.logic.sheets.pdf;

import java.util.Locale;

/** What a PDF says about itself: title, author (the rep), subject, and the language of its text. */
public record DocumentInfo(String title, String author, String subject, Locale language) {
    public DocumentInfo {
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
        language = language == null ? Locale.ENGLISH : language;
    }
}
