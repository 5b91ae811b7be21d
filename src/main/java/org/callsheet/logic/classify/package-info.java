/**
 * Customer classification rules of DOMAIN.md §2–§10 as pure, fast logic: no database, no UI,
 * no clock (the as-of date is always a parameter).
 *
 * <p>Entry point: {@link org.callsheet.logic.classify.Classifier}, which takes
 * {@link org.callsheet.logic.classify.CustomerHistory} records (orders as
 * {@link org.callsheet.logic.classify.OrderFact}, contacts as
 * {@link org.callsheet.logic.classify.ContactFacts}) and returns one
 * {@link org.callsheet.logic.classify.CustomerClassification} per customer. Every threshold is
 * in {@link org.callsheet.logic.classify.ClassificationSettings}. Rules with other inputs or
 * outputs are separate: {@link org.callsheet.logic.classify.QuadrantMovement},
 * {@link org.callsheet.logic.classify.ServiceValueRule},
 * {@link org.callsheet.logic.classify.RelationshipLevel},
 * {@link org.callsheet.logic.classify.KeyCustomerAlerts},
 * {@link org.callsheet.logic.classify.CreditRiskRule},
 * {@link org.callsheet.logic.classify.PotentialBigCustomers}. Labels for every result are in
 * the {@code org.callsheet.i18n.classify} bundle ({@link org.callsheet.logic.classify.ClassifyMessages}).
 *
 * <p>The repeat-purchase forecast is BG/NBD (Fader, Hardie &amp; Lee 2005) with the
 * Gamma-Gamma spend model, fitted by maximum likelihood with a Nelder–Mead search on
 * log-parameters ({@link org.callsheet.logic.classify.RepeatPurchaseModel}).
 */
package org.callsheet.logic.classify;
