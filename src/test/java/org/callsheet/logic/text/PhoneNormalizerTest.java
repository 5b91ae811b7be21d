package org.callsheet.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.model.Phone;
import org.junit.jupiter.api.Test;

class PhoneNormalizerTest {
    private final PhoneNormalizer phones = new PhoneNormalizer();

    @Test
    void mobilesInAnyFormatNormaliseToE164() {
        assertThat(phones.normalize("138 0013 8000").normalized()).isEqualTo("+8613800138000");
        assertThat(phones.normalize("+86-138-0013-8000").normalized()).isEqualTo("+8613800138000");
        assertThat(phones.normalize("１３８００１３８０００").normalized()).isEqualTo("+8613800138000");
    }

    @Test
    void aMobileMustBeAValidMobileNumberNotOnlyParse() {
        assertThat(phones.isValid("12345")).as("libphonenumber parses it").isTrue();
        assertThat(phones.isValidMobile("12345")).isFalse();
        assertThat(phones.isValidMobile("010-65529988")).as("a landline").isFalse();
        assertThat(phones.isValidMobile("12800138000")).as("no such mobile range").isFalse();
        assertThat(phones.isValidMobile("+86 138-0013-8000")).isTrue();
        assertThat(phones.isValidMobile("+44 7911 123456")).as("a mobile of its own region").isTrue();

        Phone kept = phones.normalizeMobile(" 12345 ");
        assertThat(kept.input()).isEqualTo("12345");
        assertThat(kept.isMatchable()).isFalse();
        assertThat(phones.normalizeMobile("138 0013 8000").normalized()).isEqualTo("+8613800138000");
    }

    @Test
    void landlinesKeepTheirExtension() {
        Phone p = phones.normalize("(010) 6552-9988 转 123");
        assertThat(p.normalized()).isEqualTo("+861065529988;ext=123");
        assertThat(p.input()).isEqualTo("(010) 6552-9988 转 123");
        assertThat(phones.normalize("020-88887774 轉 123").normalized()).as("written in Traditional characters")
                .isEqualTo("+862088887774;ext=123");
        assertThat(phones.normalize("020-88887774 分機 123").normalized()).isEqualTo("+862088887774;ext=123");
    }

    @Test
    void dialDigitsAreWhatARepTypes() {
        assertThat(phones.dialDigits(phones.normalize("+86 138 0013 8000"))).isEqualTo("13800138000");
        assertThat(phones.dialDigits(phones.normalize("010-65529988"))).isEqualTo("01065529988");
    }

    @Test
    void validityIsChecked() {
        assertThat(phones.isValid("13800138000")).isTrue();
        assertThat(phones.isValid("12")).isFalse();
        assertThat(phones.isValid("not a phone")).isFalse();
        assertThat(phones.normalize("  ")).isEqualTo(Phone.NONE);
    }
}
