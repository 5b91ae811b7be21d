package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AscendingUidsTest {

    @Test
    void eachUidIsAVersion7UuidGreaterThanTheOneBefore() {
        // A stopped clock makes the counter run over into the next millisecond.
        AscendingUids uids = new AscendingUids(Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC));
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (int i = 0; i < 10_000; i++) {
            String uid = uids.get();
            assertThat(uid).hasSize(36).isGreaterThan(previous);
            assertThat(UUID.fromString(uid).version()).isEqualTo(7);
            assertThat(UUID.fromString(uid).variant()).isEqualTo(2);
            assertThat(seen.add(uid)).isTrue();
            previous = uid;
        }
    }

    @Test
    void twoGeneratorsInTheSameMillisecondDoNotCollide() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
        assertThat(new AscendingUids(clock).get()).isNotEqualTo(new AscendingUids(clock).get());
    }
}
