package org.callsheet.logic.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.callsheet.model.Phone;

/**
 * Normalises phone numbers typed in any format (+86, spaces, dashes, brackets, full-width digits,
 * extensions written "ext", "x", "#", "转"/"轉" or "分机"/"分機") to E.164, default region China.
 */
public final class PhoneNormalizer {
    private static final String DEFAULT_REGION = "CN";
    /** Parses remembered: an import checks, normalises and dials every number, a chunk apart. */
    private static final int REMEMBERED = 16_384;
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final Map<String, Parsed> recent = new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * A parse with its dial digits, worked out with it: an import normalises numbers on its reading
     * thread and its writer then finds the digits ready.
     */
    /** A parse kept in {@link #recent}, with its mobile validity worked out on first asking. */
    private static final class Parsed {
        private final Optional<PhoneNumber> number;
        private final String dialDigits;
        /** Null until asked; a race only works it out twice, to the same value. */
        private volatile Boolean validMobile;

        Parsed(Optional<PhoneNumber> number, String dialDigits) {
            this.number = number;
            this.dialDigits = dialDigits;
        }

        Optional<PhoneNumber> number() {
            return number;
        }

        String dialDigits() {
            return dialDigits;
        }
    }

    public Phone normalize(String input) {
        if (input == null || input.isBlank()) {
            return Phone.NONE;
        }
        return new Phone(input.strip(), parse(input).number()
                .map(this::e164WithExtension)
                .orElseGet(() -> Characters.digits(input)));
    }

    /** True when the text is a possible phone number (blank is not). */
    public boolean isValid(String input) {
        return input != null && !input.isBlank()
                && parse(input).number().map(util::isPossibleNumber).orElse(false);
    }

    /**
     * True when the text is a valid mobile number for its region: libphonenumber's validity (the
     * number ranges in use, not only a plausible length) and a mobile type. "12345" is not.
     */
    public boolean isValidMobile(String input) {
        if (input == null || input.isBlank()) {
            return false;
        }
        Parsed parsed = parse(input);
        Boolean valid = parsed.validMobile;
        if (valid == null) {
            valid = parsed.number()
                    .filter(util::isValidNumber)
                    .map(util::getNumberType)
                    .filter(type -> type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE)
                    .isPresent();
            parsed.validMobile = valid;
        }
        return valid;
    }

    /**
     * A mobile number normalised to E.164. One that is not a valid mobile keeps the text as
     * written and gets no normalised form, so it never matches another customer's number.
     */
    public Phone normalizeMobile(String input) {
        if (input == null || input.isBlank()) {
            return Phone.NONE;
        }
        return isValidMobile(input) ? normalize(input) : new Phone(input.strip(), "");
    }

    /**
     * Digits as a person in China would dial them: mobile "13800138000", landline with its trunk
     * prefix "01012345678", foreign numbers with their country code. This is what search matches.
     */
    public String dialDigits(Phone phone) {
        if (phone.isEmpty()) {
            return "";
        }
        return parse(phone.input()).dialDigits();
    }

    private String dialDigits(String input, Optional<PhoneNumber> parsed) {
        if (parsed.isEmpty()) {
            return Characters.digits(input);
        }
        PhoneNumber number = parsed.get();
        if (number.getCountryCode() != 86) {
            return number.getCountryCode() + util.getNationalSignificantNumber(number);
        }
        return Characters.digits(util.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL));
    }

    /** The parsed number (never changed by callers: libphonenumber's reads do not modify it). */
    private Parsed parse(String input) {
        synchronized (recent) {
            Parsed known = recent.get(input);
            if (known != null) {
                return known;
            }
        }
        Optional<PhoneNumber> number = parseUncached(input);
        Parsed parsed = new Parsed(number, dialDigits(input, number));
        synchronized (recent) {
            recent.put(input, parsed);
        }
        return parsed;
    }

    private Optional<PhoneNumber> parseUncached(String input) {
        String text = Characters.halfWidth(input).replace("转", " ext ").replace("轉", " ext ")
                .replace("分机", " ext ").replace("分機", " ext ");
        try {
            PhoneNumber number = util.parse(text, DEFAULT_REGION);
            return Optional.of(number);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private String e164WithExtension(PhoneNumber number) {
        String e164 = util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        return number.hasExtension() ? e164 + ";ext=" + number.getExtension() : e164;
    }
}
