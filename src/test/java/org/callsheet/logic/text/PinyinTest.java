package org.callsheet.logic.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {
    private final Pinyin pinyin = new Pinyin();

    @Test
    void fullPinyinHasNoTonesOrSpaces() {
        assertThat(pinyin.full("北京科技")).isEqualTo("beijingkeji");
    }

    @Test
    void initialsTakeTheFirstLetterOfEachSyllable() {
        assertThat(pinyin.initials("北京科技有限公司")).isEqualTo("bjkjyxgs");
    }

    @Test
    void latinLettersAndDigitsPassThroughLowerCased() {
        assertThat(pinyin.full("ABC工厂2号")).isEqualTo("abcgongchang2hao");
        assertThat(pinyin.initials("ＡＢＣ工厂")).isEqualTo("abcgc");
    }

    @Test
    void punctuationIsDropped() {
        assertThat(pinyin.full("（深圳）·华为")).isEqualTo("shenzhenhuawei");
    }
}
