/**
 * Customer classification rules of docs/domain.md §2–§10 as pure, fast logic: no database, no UI,
 * no clock (the as-of date is always a parameter).
 *
 * <p>Entry point: {@link org.callsheet.logic.classification.rules.Classifier}, which takes
 * {@link org.callsheet.logic.classification.rules.CustomerHistory} records (orders as
 * {@link org.callsheet.logic.classification.rules.OrderFact}, contacts as
 * {@link org.callsheet.logic.classification.rules.ContactFacts}) and returns one
 * {@link org.callsheet.logic.classification.rules.CustomerClassification} per customer. Every threshold is
 * in {@link org.callsheet.logic.classification.rules.ClassificationSettings}. Rules with other inputs or
 * outputs are separate: {@link org.callsheet.logic.classification.rules.QuadrantMovement},
 * {@link org.callsheet.logic.classification.rules.ServiceValueRule},
 * {@link org.callsheet.logic.classification.rules.RelationshipLevel},
 * {@link org.callsheet.logic.classification.rules.KeyCustomerAlerts},
 * {@link org.callsheet.logic.classification.rules.CreditRiskRule},
 * {@link org.callsheet.logic.classification.rules.PotentialBigCustomers}. Labels for every result are in
 * the {@code org.callsheet.i18n.classify} bundle ({@link org.callsheet.logic.classification.rules.ClassifyMessages}).
 *
 * <p>The repeat-purchase forecast is BG/NBD (Fader, Hardie &amp; Lee 2005) with the
 * Gamma-Gamma spend model, fitted by maximum likelihood with a Nelder–Mead search on
 * log-parameters ({@link org.callsheet.logic.classification.rules.RepeatPurchaseModel}).
 */
package org.callsheet.logic.classification.rules;
