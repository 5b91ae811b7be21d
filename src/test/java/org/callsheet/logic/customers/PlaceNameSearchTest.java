package org.callsheet.logic.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.logic.text.PinyinDictionary;
import org.callsheet.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Customers named after places are found by the place's pinyin as it is said, and by naive readings. */
class PlaceNameSearchTest {
    private static final List<Region> PLACES = new ArrayList<>();
    private static final CustomerSearchIndex INDEX = new CustomerSearchIndex(new Pinyin());
    private static long[] all;

    @BeforeAll
    static void indexEveryCityAndDistrict() {
        for (Region region : RegionDirectory.shipped().all()) {
            if (region.level() != Region.Level.PROVINCE) {
                PLACES.add(region);
            }
        }
        all = new long[PLACES.size() + 2];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < PLACES.size(); i++) {
            entries.add(new SearchEntry(i, PLACES.get(i).name(), null, ""));
        }
        entries.add(new SearchEntry(PLACES.size(), "重庆百盛商贸有限公司", null, ""));
        entries.add(new SearchEntry(PLACES.size() + 1, "武汉长江物流", null, ""));
        INDEX.load(new SearchEntrySource() {
            @Override
            public long count() {
                return entries.size();
            }

            @Override
            public void forEachSearchEntry(Consumer<SearchEntry> sink) {
                entries.forEach(sink);
            }
        }, n -> { }, () -> false);
    }

    @Test
    void everyCityAndDistrictIsFoundByItsPinyinAndInitials() {
        PinyinDictionary dictionary = PinyinDictionary.shared();
        assertThat(PLACES).hasSizeGreaterThan(3_000);
        for (int i = 0; i < PLACES.size(); i++) {
            String name = PLACES.get(i).name();
            String[] said = dictionary.word(name);
            assertThat(said).as("the place dictionary reads %s", name).isNotNull();
            String full = String.join("", said);
            StringBuilder initials = new StringBuilder();
            for (String syllable : said) {
                initials.append(syllable.charAt(0));
            }
            assertThat(INDEX.filter(all, full)).as("%s as %s", name, full).contains(i);
            assertThat(INDEX.filter(all, initials.toString())).as("%s as %s", name, initials).contains(i);
        }
    }

    @Test
    void theReadingInContextAndTheNaiveOneBothFind() {
        long chongqing = PLACES.size();
        long wuhan = PLACES.size() + 1;
        assertThat(INDEX.filter(all, "chongqing")).contains(chongqing);
        assertThat(INDEX.filter(all, "zhongqing")).contains(chongqing);
        assertThat(INDEX.filter(all, "cqbs")).containsExactly(chongqing);
        assertThat(INDEX.filter(all, "zqbs")).containsExactly(chongqing);
        assertThat(INDEX.filter(all, "changjiang")).contains(wuhan);
        assertThat(INDEX.filter(all, "zhangjiang")).contains(wuhan);
        assertThat(INDEX.filter(all, "whcj")).containsExactly(wuhan);
        assertThat(INDEX.filter(all, "whzj")).containsExactly(wuhan);
        long xiamen = PLACES.indexOf(PLACES.stream().filter(r -> r.name().equals("厦门市")).findFirst().orElseThrow());
        assertThat(INDEX.filter(all, "xiamen")).containsExactly(xiamen);
        assertThat(INDEX.filter(all, "shamen")).containsExactly(xiamen);
    }
}
