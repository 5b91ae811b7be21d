package org.callsheet.model;

/** Why a customer is a visit candidate (DOMAIN: visits by region). */
public enum VisitReason {
    FOLLOW_UP_DUE, CALL_OPPORTUNITY, KEY_CUSTOMER_DUE, CHURN_WARNING, ADDED_BY_HAND
}
