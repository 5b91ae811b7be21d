package org.callsheet.logic.funnel.chart;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.callsheet.logic.funnel.FunnelTexts;
import org.callsheet.logic.text.Bundles;
import org.callsheet.model.Stage;

/**
 * The funnel chart's texts in one language: its own ({@code funnelchart} bundle) and the stage
 * names ({@code funnel} bundle); numbers, amounts and percentages formatted for that language.
 */
public final class FunnelChartTexts {
    static final String BUNDLE = "org.callsheet.i18n.funnelchart";

    private final Locale locale;
    private final List<ResourceBundle> bundles;
    private final NumberFormat whole;
    private final NumberFormat percent;
    private final NumberFormat days;

    public FunnelChartTexts(Locale locale) {
        this.locale = locale.getLanguage().equals("zh") ? Bundles.shippedLocale(locale) : Locale.ENGLISH;
        this.bundles = List.of(Bundles.load(BUNDLE, this.locale), Bundles.load(FunnelTexts.BUNDLE, this.locale));
        this.whole = NumberFormat.getIntegerInstance(this.locale);
        this.percent = NumberFormat.getPercentInstance(this.locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        this.days = NumberFormat.getNumberInstance(this.locale);
        days.setMinimumFractionDigits(1);
        days.setMaximumFractionDigits(1);
        days.setRoundingMode(java.math.RoundingMode.HALF_UP);
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

    public String stage(Stage stage) {
        return text(FunnelTexts.stage(stage));
    }

    /** A count or an amount, whole, with the language's grouping. */
    public String whole(Number value) {
        return whole.format(value);
    }

    public String percent(BigDecimal fraction) {
        return percent.format(fraction);
    }

    String days(BigDecimal value) {
        return text("funnelchart.days", this.days.format(value));
    }
}
