package org.callsheet.logic.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;

final class DemoFixtures {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), SHANGHAI);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final RegionDirectory REGIONS = RegionDirectory.shipped();
    static final PhoneNormalizer PHONES = new PhoneNormalizer();
    static final Pinyin PINYIN = new Pinyin();

    private DemoFixtures() {
    }

    static DemoDataGenerator generator() {
        return new DemoDataGenerator(REGIONS, PHONES, PINYIN, CLOCK);
    }

    static DemoDataGenerator generator(int batchSize) {
        return new DemoDataGenerator(REGIONS, PHONES, PINYIN, CLOCK, batchSize);
    }
}
