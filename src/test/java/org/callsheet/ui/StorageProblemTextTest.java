package org.callsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.callsheet.logic.safety.BookCounts;
import org.callsheet.logic.safety.KnownState;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;

class StorageProblemTextTest {

    @Test
    void theTimeTheDatabaseWasLastSeenIsWrittenInTheLanguagesDateFormat() {
        Instant seen = Instant.parse("2026-03-02T04:05:00Z");
        StorageUnavailableException lost = new StorageUnavailableException(StorageUnavailableException.Reason.LOST_DATA,
                "/data/crm", null, new StorageUnavailableException.Facts(Optional.of(new KnownState(7, seen,
                new BookCounts(12, 3, 4, 0), 1024)), Optional.of(Path.of("/data/backups/b.zip")), 0));
        LocalDateTime local = LocalDateTime.ofInstant(seen, ZoneId.systemDefault());
        for (Language language : Language.values()) {
            I18n i18n = new I18n(language);
            assertThat(StorageProblemText.of(i18n, lost, false))
                    .contains(i18n.dates().dateTime(local)).doesNotContain("2026-03-0");
        }
    }
}
