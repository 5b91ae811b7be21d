package org.callsheet.ui.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import org.callsheet.logic.funnel.FunnelSettings;
import org.callsheet.logic.funnel.FunnelTexts;
import org.callsheet.model.OpportunitySource;
import org.callsheet.model.OpportunityStatus;
import org.callsheet.model.Stage;
import org.callsheet.ui.i18n.I18n;

/** How the funnel's values read in the user's language: stages, statuses, sources, reasons, money, rates. */
public final class FunnelLabels {
    private final I18n i18n;

    public FunnelLabels(I18n i18n) {
        this.i18n = i18n;
    }

    public I18n i18n() {
        return i18n;
    }

    public String stage(Stage stage) {
        return stage == null ? "" : i18n.get(FunnelTexts.stage(stage));
    }

    public String status(OpportunityStatus status) {
        return status == null ? "" : i18n.get(FunnelTexts.status(status));
    }

    public String source(OpportunitySource source) {
        return source == null ? "" : i18n.get(FunnelTexts.source(source));
    }

    /** A built-in reason's name in the user's language; the rep's own reason as written. */
    public String reason(String codeOrText) {
        if (codeOrText == null) {
            return "";
        }
        return FunnelSettings.BUILT_IN_REASONS.contains(codeOrText) ? i18n.get(FunnelTexts.lostReason(codeOrText))
                : codeOrText;
    }

    /** The code of a built-in reason whose name (in the user's language) or code is {@code shown}, else the text itself. */
    public String reasonCode(String shown) {
        String text = shown == null ? "" : shown.strip();
        for (String code : FunnelSettings.BUILT_IN_REASONS) {
            if (code.equals(text) || reason(code).equals(text)) {
                return code;
            }
        }
        return text;
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(i18n.language().locale());
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }

    /** A fraction (0.4123) as a percentage with one decimal ("41.2%"); a dash when there is none. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "–";
        }
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A day in the language's one date format; empty for none. */
    public String date(java.time.LocalDate day) {
        return day == null ? "" : i18n.dates().date(day);
    }

    /** A moment as the day and time in {@code zone}, in the language's format. */
    public String dateTime(java.time.Instant at, java.time.ZoneId zone) {
        return at == null ? "" : i18n.dates().dateTime(at, zone);
    }

    /** Days with one decimal, a dash when none left the stage. */
    public String days(BigDecimal days) {
        return days == null ? "–" : i18n.format("funnel.days", days.setScale(1, RoundingMode.HALF_UP).toPlainString());
    }
}
