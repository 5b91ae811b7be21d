package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)", "+86 138 0013 8000|'+86 138 0013 8000", "-1+2|'-1+2",
            "@cmd|'@cmd", "'=x|''=x", "北京|北京", "-12.50|-12.50", "-3|-3", "a=b|a=b"})
    void neutralisesFormulaStartsButNotPlainNumbers(String cell, String written) {
        assertThat(FormulaGuard.neutralise(cell)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-", "@", "\tx", "\rx", "'=x", "''@y", "'", "'abc", "-12.50",
            "plain", "", "=\n2"})
    void readingUndoesExactlyWhatWritingDid(String cell) {
        assertThat(FormulaGuard.restore(FormulaGuard.neutralise(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"'=x|=x", "'-12.50|-12.50", "'abc|'abc", "-12.50|-12.50"})
    void restoresCellsNeutralisedElsewhere(String cell, String restored) {
        assertThat(FormulaGuard.restore(cell)).isEqualTo(restored);
    }
}
