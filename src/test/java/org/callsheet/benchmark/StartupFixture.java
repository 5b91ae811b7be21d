package org.callsheet.benchmark;

import java.nio.file.Path;
import org.callsheet.logic.demo.DemoDataGenerator;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.settings.Settings;
import org.callsheet.logic.text.PhoneNormalizer;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.persistence.Database;
import org.callsheet.persistence.JooqBulkCustomerWriter;
import org.callsheet.persistence.JooqSettingsRepository;

/** A data folder as a rep has it after the first start: set up, with the default demo book. */
final class StartupFixture {
    static final int DEMO_CUSTOMERS = 2_000;

    private StartupFixture() {
    }

    static void prepareHome(Path home) {
        try (Database db = Database.open(home.resolve("callsheet"))) {
            Settings settings = new Settings(new JooqSettingsRepository(db.dsl()));
            settings.put(Settings.REP_NAME, "王伟");
            settings.put(Settings.LANGUAGE, "en");
            settings.put(Settings.SETUP_DONE, "true");
            Pinyin pinyin = new Pinyin();
            PhoneNormalizer phones = new PhoneNormalizer();
            new DemoDataGenerator(RegionDirectory.shipped(), phones, pinyin, BenchmarkDatabase.CLOCK)
                    .generate(DEMO_CUSTOMERS, 7, new JooqBulkCustomerWriter(db.dsl(), pinyin, phones),
                            (done, total) -> { }, () -> false);
        }
    }
}
