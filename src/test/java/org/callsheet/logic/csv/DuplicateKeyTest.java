package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.model.Phone;
import org.junit.jupiter.api.Test;

class DuplicateKeyTest {
    private final PhoneNormalizer phones = new PhoneNormalizer();

    @Test
    void strongestAvailableKeyIsUsed() {
        Phone mobile = phones.normalize("138 0013 8000");
        Phone landline = phones.normalize("010-62751234");
        assertThat(DuplicateKey.of(" ＣＯ１ ", mobile, "甲", landline)).contains(
                new DuplicateKey(DuplicateKey.Kind.EXTERNAL_ID, "co1"));
        assertThat(DuplicateKey.of("", mobile, "甲", landline)).contains(
                new DuplicateKey(DuplicateKey.Kind.MOBILE, "+8613800138000"));
        assertThat(DuplicateKey.of(null, Phone.NONE, "甲 公司", landline)).contains(
                new DuplicateKey(DuplicateKey.Kind.NAME_AND_PHONE, "甲公司|+861062751234"));
        assertThat(DuplicateKey.of(null, Phone.NONE, "甲", Phone.NONE)).isEmpty();
    }

    @Test
    void fingerprintsTellKindsAndValuesApart() {
        DuplicateKey a = new DuplicateKey(DuplicateKey.Kind.EXTERNAL_ID, "13800138000");
        DuplicateKey b = new DuplicateKey(DuplicateKey.Kind.MOBILE, "13800138000");
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
        assertThat(a.fingerprint()).isEqualTo(new DuplicateKey(DuplicateKey.Kind.EXTERNAL_ID, "13800138000").fingerprint());
    }

    @Test
    void indexHoldsAMillionFingerprints() {
        FingerprintIndex index = new FingerprintIndex();
        for (long i = 1; i <= 1_000_000; i++) {
            assertThat(index.putIfAbsent(new DuplicateKey(DuplicateKey.Kind.MOBILE, "+86" + i).fingerprint(), i)).isZero();
        }
        assertThat(index.size()).isEqualTo(1_000_000);
        assertThat(index.putIfAbsent(new DuplicateKey(DuplicateKey.Kind.MOBILE, "+86" + 4242).fingerprint(), 2_000_000))
                .isEqualTo(4242);
    }
}
