package org.callsheet.logic.visits;

import org.callsheet.model.CustomerStatus;

/**
 * How much a visit candidate is worth when areas and days compete for it, following the order of
 * the candidates (largest need and clearest intent first): interest level, potential big customer,
 * tier, then the reason.
 */
public final class CandidateValue {
    private CandidateValue() {
    }

    public static double of(VisitCandidate candidate) {
        double value = candidate.interestLevel() == null ? 0 : candidate.interestLevel() * 10;
        value += candidate.potentialBig() ? 20 : 0;
        value += tier(candidate.tier());
        value += switch (candidate.reason()) {
            case FOLLOW_UP_DUE, ADDED_BY_HAND -> 15;
            case CALL_OPPORTUNITY -> 12;
            case CHURN_WARNING -> 8;
            case KEY_CUSTOMER_DUE -> 5;
        };
        return value;
    }

    private static double tier(CustomerStatus tier) {
        return switch (tier) {
            case SUPER -> 30;
            case BIG -> 20;
            case MEDIUM -> 10;
            default -> 5;
        };
    }
}
