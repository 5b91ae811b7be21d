package org.callsheet.logic.csv;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.callsheet.logic.text.Characters;
import org.callsheet.model.Phone;

/**
 * What makes two customer rows the same customer: the company's external id when there is one,
 * else the normalised mobile number, else the name together with the landline. Only the
 * strongest key a row has is used, so two rows with different external ids are different
 * customers even if they share a phone. Also meant for matching imported rows against stored
 * customers.
 */
public record DuplicateKey(Kind kind, String value) {

    /** Strongest first (CALL_TIME is the customer, number and start time of a call); the ordinal is the argument of {@link ProblemCode#DUPLICATE_IN_FILE}. */
    public enum Kind { EXTERNAL_ID, MOBILE, NAME_AND_PHONE, CALL_TIME }

    public static Optional<DuplicateKey> of(String externalId, Phone mobile, String name, Phone landline) {
        String id = plain(externalId);
        if (!id.isEmpty()) {
            return Optional.of(new DuplicateKey(Kind.EXTERNAL_ID, id));
        }
        if (mobile != null && !mobile.isEmpty()) {
            return Optional.of(new DuplicateKey(Kind.MOBILE, mobile.normalized()));
        }
        String plainName = plain(name);
        if (!plainName.isEmpty() && landline != null && !landline.isEmpty()) {
            return Optional.of(new DuplicateKey(Kind.NAME_AND_PHONE, plainName + "|" + landline.normalized()));
        }
        return Optional.empty();
    }

    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        return Characters.halfWidth(text).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A 64-bit hash of kind and value (FNV-1a over UTF-8), so that a million keys fit in a few
     * megabytes; two different keys sharing one has a chance of about one in ten billion per file.
     */
    public long fingerprint() {
        long hash = 0xcbf29ce484222325L;
        hash = (hash ^ kind.ordinal()) * 0x100000001b3L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
        }
        return hash;
    }
}
