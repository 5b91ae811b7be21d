package org.callsheet.logic.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerSearchIndexTest {
    private static final List<SearchEntry> ENTRIES = List.of(
            new SearchEntry(1, "北京科技有限公司", "C-001", "13800138000"),
            new SearchEntry(2, "上海贸易公司", "C-002", "01012345678 13912345678"),
            new SearchEntry(3, "ABC工厂", null, ""),
            new SearchEntry(5, "北京饭店", "客户五", "075588887777"));

    private final CustomerSearchIndex index = new CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
    private final long[] all = {5, 3, 2, 1};

    private record ListSource(List<SearchEntry> entries) implements SearchEntrySource {
        @Override
        public long count() {
            return entries.size();
        }

        @Override
        public void forEachSearchEntry(Consumer<SearchEntry> sink) {
            entries.forEach(sink);
        }
    }

    @BeforeEach
    void load() {
        index.load(new ListSource(ENTRIES), n -> { }, () -> false);
    }

    @Test
    void blankTextKeepsEveryIdInOrder() {
        assertThat(index.filter(all, "  ")).containsExactly(5, 3, 2, 1);
    }

    @Test
    void findsByChineseNameFragment() {
        assertThat(index.filter(all, "北京")).containsExactly(5, 1);
        assertThat(index.filter(all, "贸易")).containsExactly(2);
    }

    @Test
    void findsByPinyinInitialsAndFullPinyin() {
        assertThat(index.filter(all, "bjkj")).containsExactly(1);
        assertThat(index.filter(all, "BeiJing")).containsExactly(5, 1);
        assertThat(index.filter(all, "shanghai")).containsExactly(2);
    }

    @Test
    void findsByPhoneFragmentTypedInAnyFormat() {
        assertThat(index.filter(all, "138-0013")).containsExactly(1);
        assertThat(index.filter(all, "(010) 1234")).containsExactly(2);
        assertThat(index.filter(all, "１３９１２")).containsExactly(2);
        assertThat(index.filter(all, "+86 139 1234 5678")).containsExactly(2);
        assertThat(index.filter(all, "0755")).containsExactly(5);
    }

    @Test
    void findsByExternalIdIgnoringCase() {
        assertThat(index.filter(all, "c-002")).containsExactly(2);
        assertThat(index.filter(all, "客户五")).containsExactly(5);
    }

    @Test
    void aMatchNeverSpansTwoFieldsOrTwoCustomers() {
        assertThat(index.filter(all, "gcbeijing")).isEmpty();
        assertThat(index.filter(all, "bjkjyxgsc")).isEmpty();
    }

    @Test
    void editsAndDeletesAreSeenWithoutReloading() {
        index.put(new SearchEntry(3, "广州工厂", null, ""));
        index.remove(5);
        index.put(new SearchEntry(9, "北京新店", null, ""));

        assertThat(index.filter(new long[] {9, 5, 3, 2, 1}, "北京")).containsExactly(9, 1);
        assertThat(index.filter(new long[] {9, 5, 3, 2, 1}, "abc")).isEmpty();
        assertThat(index.filter(new long[] {9, 5, 3, 2, 1}, "gzgc")).containsExactly(3);
    }

    @Test
    void typingOnNarrowsToTheSameResultsAsAFreshSearch() {
        String[] typed = {"b", "be", "bei", "beij", "bei", "1", "13", "139", "1391", "北", "北京", "北京饭"};
        for (String text : typed) {
            CustomerSearchIndex fresh = new CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
            fresh.load(new ListSource(ENTRIES), n -> { }, () -> false);
            assertThat(index.filter(all, text)).as(text).containsExactly(fresh.filter(all, text));
        }
        assertThat(index.filter(all, "beij")).containsExactly(5, 1);
    }

    @Test
    void loadingCanBeCancelled() {
        CustomerSearchIndex fresh = new CustomerSearchIndex(new org.callsheet.logic.text.Pinyin());
        assertThatThrownBy(() -> fresh.load(new ListSource(ENTRIES), n -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(fresh.isReady()).isFalse();
    }
}
