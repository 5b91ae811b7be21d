package org.callsheet.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceReadingsTest {
    private final Pinyin pinyin = new Pinyin();

    @Test
    void shippedPlaceDictionaryIsTheOneTheRegionDataGives() throws IOException {
        String expected = PlaceReadingsFile.text();
        if (Boolean.getBoolean("pinyin.regenerate")) {
            Files.writeString(Path.of("src/main/resources" + PinyinDictionary.PLACES), expected);
        }
        try (InputStream in = getClass().getResourceAsStream(PinyinDictionary.PLACES)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("regenerate with -Dpinyin.regenerate=true").isEqualTo(expected);
        }
    }

    @Test
    void everyPlaceReadingIsAReadingOfItsCharacters() {
        PinyinDictionary dictionary = PinyinDictionary.shared();
        Map<String, String> places = PlaceReadingsFile.readings();
        assertThat(places).hasSizeGreaterThan(3_000);
        assertThat(PlaceReadingsFile.addedCharacterReadings()).containsKey("蔚");
        places.forEach((name, reading) -> {
            String[] syllables = reading.split(",");
            assertThat(syllables).as(name).hasSize(name.length());
            for (int i = 0; i < syllables.length; i++) {
                assertThat(dictionary.readings(name.charAt(i))).as(name).contains(syllables[i]);
            }
            assertThat(dictionary.word(name)).as(name).isNotNull();
        });
    }

    @Test
    void placeNamesAreReadAsTheyAreSaid() {
        Map<String, String> said = Map.ofEntries(
                Map.entry("重庆市", "chongqingshi"), Map.entry("厦门市", "xiamenshi"),
                Map.entry("长沙市", "changshashi"), Map.entry("成都市", "chengdushi"),
                Map.entry("六安市", "luanshi"), Map.entry("蚌埠市", "bengbushi"),
                Map.entry("番禺区", "panyuqu"), Map.entry("乐清市", "yueqingshi"),
                Map.entry("乐亭县", "laotingxian"), Map.entry("长子县", "zhangzixian"),
                Map.entry("单县", "shanxian"), Map.entry("铅山县", "yanshanxian"),
                Map.entry("黄陂区", "huangpiqu"), Map.entry("东阿县", "dongexian"),
                Map.entry("朝阳区", "chaoyangqu"), Map.entry("闵行区", "minhangqu"),
                Map.entry("都匀市", "duyunshi"), Map.entry("什邡市", "shifangshi"),
                Map.entry("洪洞县", "hongtongxian"), Map.entry("漯河市", "luoheshi"),
                Map.entry("睢宁县", "suiningxian"), Map.entry("蔚县", "yuxian"),
                Map.entry("大城县", "dachengxian"), Map.entry("马尾区", "maweiqu"),
                Map.entry("涡阳县", "guoyangxian"), Map.entry("荥经县", "yingjingxian"),
                Map.entry("浚县", "xunxian"), Map.entry("犍为县", "qianweixian"),
                Map.entry("歙县", "shexian"), Map.entry("枞阳县", "zongyangxian"),
                Map.entry("丽水市", "lishuishi"), Map.entry("长宁区", "changningqu"));
        said.forEach((name, reading) -> assertThat(pinyin.full(name)).as(name).isEqualTo(reading));
    }

    @Test
    void wordsAreReadInContextAndEveryPlausibleReadingIsKept() {
        assertThat(pinyin.full("重庆百盛商贸")).isEqualTo("chongqingbaishengshangmao");
        assertThat(pinyin.initials("武汉长江贸易")).isEqualTo("whcjmy");
        assertThat(pinyin.full("中国建设银行")).isEqualTo("zhongguojiansheyinhang");
        Pinyin.Readings readings = pinyin.readings("重庆长江乐器行");
        assertThat(readings.full()).first().isEqualTo("chongqingchangjiangyueqixing");
        assertThat(readings.full()).contains("chongqingchangjiangyueqihang");
        assertThat(readings.full()).contains("zhongqingzhangjiangleqixing");
        assertThat(readings.initials()).contains("cqcjyqh", "zqzjlqx");
        // a polyphone outside any known word: each reading it has in words
        assertThat(pinyin.readings("单记").full()).contains("danji", "shanji");
    }
}
