package org.callsheet.logic.classification.rules;

/**
 * Parameters of the Gamma-Gamma spend model (Fader &amp; Hardie 2013): each purchase amount is
 * Gamma(p, ν) with the customer's ν distributed Gamma(q, γ) across customers.
 */
public record GammaGammaParameters(double p, double q, double gamma) {

    public GammaGammaParameters {
        if (!(p > 0 && q > 0 && gamma > 0)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive");
        }
    }
}
