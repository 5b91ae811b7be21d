package org.callsheet.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The seven stages of the sales funnel in their order: lead (线索), opportunity (商机), proposal and
 * quote (方案报价), negotiation (商务谈判), contract (签订合同), payment received (回款), invoice (开票).
 * The default probability is the one a new setting starts from; the rep may change it in Settings.
 */
public enum Stage {
    LEAD(10),
    OPPORTUNITY(20),
    QUOTE(40),
    NEGOTIATION(60),
    CONTRACT(80),
    PAYMENT(95),
    INVOICE(100);

    private final int defaultProbability;

    Stage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    /** The code used in CSV files and settings keys: lower case English. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Default probability of winning in percent. */
    public int defaultProbability() {
        return defaultProbability;
    }

    public boolean isLast() {
        return this == INVOICE;
    }

    /** The stage after this one, empty for the last. */
    public Optional<Stage> next() {
        return isLast() ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public static Optional<Stage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        for (Stage stage : values()) {
            if (stage.code().equalsIgnoreCase(wanted)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
