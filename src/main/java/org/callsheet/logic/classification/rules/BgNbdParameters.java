package org.callsheet.logic.classification.rules;

/**
 * Parameters of the BG/NBD model (Fader, Hardie &amp; Lee 2005): purchase rates are Gamma(r, α)
 * across customers (α in the time unit of the data, here weeks), the drop-out probability after
 * each purchase is Beta(a, b).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive");
        }
    }
}
