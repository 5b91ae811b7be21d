package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTest {
    private final AmountParser amounts = new AmountParser();
    private final BooleanParser booleans = new BooleanParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1234.50|1234.50", "¥1,234.50|1234.50", "￥ 1,234.50|1234.50", "RMB 1234.5|1234.5",
            "1234.50元|1234.50", "１，２３４．５０|1234.50", "-12.50|-12.50", "(12.50)|-12.50",
            "−12.50|-12.50", "-¥12.50|-12.50", "¥-12.50|-12.50", "'-12.50|-12.50", "1,000,000|1000000",
            "0|0", "+7|7", "人民币 88|88", "12.|12"})
    void readsAmounts(String input, String expected) {
        assertThat(amounts.parse(input)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12,50", "1,23,456", "1.2.3", "--5", "12 apples", "()"})
    void refusesAmountsItCannotBeSureOf(String input) {
        assertThat(amounts.parse(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"是,true", "否,false", "Yes,true", "NO,false", "y,true", "N,false", "1,true", "0,false",
            "TRUE,true", "ｙｅｓ,true", "√,true"})
    void readsBooleans(String input, boolean expected) {
        assertThat(booleans.parse(input)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "maybe", "2", "是的吧"})
    void refusesOtherBooleans(String input) {
        assertThat(booleans.parse(input)).isEmpty();
    }
}
