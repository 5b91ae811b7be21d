package org.callsheet.logic.sheets.profile;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import org.callsheet.logic.classification.rules.CustomerClassification;

/** Figures of the classification as the sheet prints them; an unknown figure is an empty string. */
final class ClassificationFigures {
    private final SheetTexts texts;

    ClassificationFigures(SheetTexts texts) {
        this.texts = texts;
    }

    String money(BigDecimal amount) {
        return amount == null ? "" : texts.text("sheets.money", amount);
    }

    String lastOrder(CustomerClassification c, LocalDate asOf) {
        if (c.recencyDays() == null) {
            return "";
        }
        return texts.text("sheets.lastOrderValue", texts.date(asOf.minusDays(c.recencyDays())), c.recencyDays());
    }

    String alive(CustomerClassification c) {
        if (c.probabilityAlive() == null) {
            return "";
        }
        String percent = NumberFormat.getPercentInstance(texts.locale()).format(c.probabilityAlive());
        return c.repurchase() == null ? percent
                : texts.text("sheets.aliveValue", percent, texts.text(c.repurchase().messageKey()));
    }

    String oneDecimal(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(texts.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
