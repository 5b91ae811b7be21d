package org.callsheet.logic.demo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many local digits a landline has behind an area code: seven or eight depending on the
 * city (and on the first local digit), as the phone-number metadata knows it. Answers are cached
 * per area code and first digit. Codes retired since the region data was made (Hainan's cities
 * now share 0898) have no valid length: 0. Whether a number is in use depends only on its first
 * three local digits (checked against the metadata for every area code in the data), so that
 * answer is cached too and the expensive parse runs rarely.
 */
final class LandlineLengths {
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final ConcurrentHashMap<String, Integer> lengths = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Boolean> blocks = new ConcurrentHashMap<>();

    int localLength(String areaCode, int firstDigit) {
        return lengths.computeIfAbsent(areaCode + ":" + firstDigit, key -> {
            if (valid(areaCode + firstDigit + "6543210")) {
                return 8;
            }
            return valid(areaCode + firstDigit + "654321") ? 7 : 0;
        });
    }

    /** True when the local number (at least three digits) behind the area code is a number in use. */
    boolean valid(String areaCode, String local) {
        String block = areaCode + ":" + local.length() + ":" + local.substring(0, 3);
        return blocks.computeIfAbsent(block, key -> valid(areaCode + local));
    }

    private boolean valid(String digits) {
        try {
            return util.isValidNumber(util.parse(digits, "CN"));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
