package org.callsheet.logic.classification;

import java.time.LocalDate;
import java.util.Objects;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.model.CustomerStatus;

/**
 * The stored classification of one customer: what the rules said ({@code rules}, whose status is
 * the computed one) and the effective {@code status}, which is the rep's override when
 * {@code overridden}.
 */
public record ClassificationResult(LocalDate asOf, CustomerStatus status, boolean overridden,
                                   CustomerClassification rules) {

    public ClassificationResult {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rules, "rules");
    }

    public long customerId() {
        return rules.customerId();
    }
}
