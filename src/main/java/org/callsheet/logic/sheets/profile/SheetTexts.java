package org.callsheet.logic.sheets.profile;

import org.callsheet.logic.text.Bundles;
import org.callsheet.logic.text.DisplayDates;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of a sheet in its language: its own ({@code sheets} bundle), then the names of
 * classes ({@code classify}) and of outcomes, attitudes and key dates ({@code calls}), searched in
 * that order. English, Simplified and Traditional Chinese; other languages read English.
 */
public final class SheetTexts {
    static final List<String> BUNDLES = List.of("org.callsheet.i18n.sheets", "org.callsheet.i18n.classify",
            "org.callsheet.i18n.calls");

    private final Locale locale;
    private final DisplayDates dates;
    private final List<ResourceBundle> bundles;

    public SheetTexts(Locale locale) {
        this.locale = bundleLocale(locale);
        this.bundles = BUNDLES.stream().map(name -> Bundles.load(name, this.locale)).toList();
        this.dates = DisplayDates.of(this.locale);
    }

    /** Chinese reads the script it is written in (see {@link Bundles}); anything else reads English. */
    static Locale bundleLocale(Locale locale) {
        return locale.getLanguage().equals("zh") ? Bundles.shippedLocale(locale) : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        throw new IllegalArgumentException("no text for " + key);
    }

    String date(LocalDate date) {
        return dates.date(date);
    }

    String dateTime(ZonedDateTime time) {
        return time == null ? "" : dates.dateTime(time.toLocalDateTime());
    }

    String yesNo(boolean yes) {
        return text(yes ? "sheets.yes" : "sheets.no");
    }
}
