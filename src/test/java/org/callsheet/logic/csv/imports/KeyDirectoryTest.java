package org.callsheet.logic.csv.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyDirectoryTest {

    @Test
    void findsEveryRecordUnderItsKeyThroughGrowth() {
        KeyDirectory directory = new KeyDirectory();
        for (long id = 0; id < 50_000; id++) {
            directory.add('e', "C" + id, id);
            directory.add('m', "+86130" + (id % 1_000), id);
        }
        assertThat(directory.first('e', "C49999")).isEqualTo(49_999);
        assertThat(directory.first('e', "C50000")).isEqualTo(-1);
        List<Long> sharing = new ArrayList<>();
        directory.find('m', "+86130" + 7, sharing::add);
        assertThat(sharing).hasSize(50).allMatch(id -> id % 1_000 == 7);
    }

    @Test
    void keepsKindsApartAndIgnoresBlankKeys() {
        KeyDirectory directory = new KeyDirectory();
        directory.add('e', "C1", 0);
        directory.add('u', "", 5);
        directory.add('u', null, 6);
        assertThat(directory.first('e', "C1")).isZero();
        assertThat(directory.first('u', "C1")).isEqualTo(-1);
        assertThat(directory.first('u', "")).isEqualTo(-1);
        assertThat(directory.size()).isEqualTo(1);
    }

    @Test
    void addingTheSamePairTwiceKeepsOne() {
        KeyDirectory directory = new KeyDirectory();
        directory.add('m', "+8613800138000", 9);
        directory.add('m', "+8613800138000", 9);
        directory.add('m', "+8613800138000", 10);
        List<Long> found = new ArrayList<>();
        directory.find('m', "+8613800138000", found::add);
        assertThat(found).containsExactlyInAnyOrder(9L, 10L);
    }
}
