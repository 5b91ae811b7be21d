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
    void landlinesKeepTheirExtension() {
        Phone p = phones.normalize("(010) 6552-9988 转 123");
        assertThat(p.normalized()).isEqualTo("+861065529988;ext=123");
        assertThat(p.input()).isEqualTo("(010) 6552-9988 转 123");
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
