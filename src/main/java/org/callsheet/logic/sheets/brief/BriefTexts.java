package org.callsheet.logic.sheets.brief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.callsheet.logic.text.Bundles;
import org.callsheet.logic.text.DisplayDates;

/**
 * The sales brief's texts in one language: its own ({@code brief} bundle), then the stage names
 * ({@code funnel}) and follow-up kinds ({@code calls}); amounts with two decimals and grouping,
 * percentages with one decimal. English, Simplified and Traditional Chinese; others read English.
 */
public final class BriefTexts {
    static final List<String> BUNDLES = List.of("org.callsheet.i18n.brief", "org.callsheet.i18n.funnel",
            "org.callsheet.i18n.calls");

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    private final NumberFormat money;
    private final NumberFormat percent;
    private final DisplayDates dates;

    public BriefTexts(Locale locale) {
        this.locale = locale.getLanguage().equals("zh") ? Bundles.shippedLocale(locale) : Locale.ENGLISH;
        this.bundles = BUNDLES.stream().map(name -> Bundles.load(name, this.locale)).toList();
        this.money = NumberFormat.getNumberInstance(this.locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        money.setRoundingMode(RoundingMode.HALF_UP);
        this.percent = NumberFormat.getPercentInstance(this.locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        this.dates = DisplayDates.of(this.locale);
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

    String money(BigDecimal amount) {
        return money.format(amount);
    }

    /** A fraction as a percentage; a dash for none. */
    String percent(BigDecimal fraction) {
        return fraction == null ? text("brief.none") : percent.format(fraction);
    }

    /** A day in the language's one date format. */
    String date(LocalDate date) {
        return date == null ? "" : dates.date(date);
    }

    /** A moment in the language's date and time format, in {@code zone}. */
    String dateTime(Instant moment, ZoneId zone) {
        return dates.dateTime(moment, zone);
    }

    String period(BriefRequest request) {
        return text("brief.period", date(request.from()), date(request.to()));
    }

    String owner(BriefRequest request) {
        return request.owner() == null ? text("brief.everyone") : request.owner();
    }
}
