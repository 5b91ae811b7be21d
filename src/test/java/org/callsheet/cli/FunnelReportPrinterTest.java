package org.callsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FunnelReportPrinterTest {
    private final FunnelReportPrinter printer = new FunnelReportPrinter(
            new FunnelTextsBundle(new CliMessages(Locale.ENGLISH)));

    @Test
    void ratiosRoundHalfUpAsTheWindowAndTheBriefDo() {
        // 37 won of 212 closed: 0.1745 as stored, 17.5 % on every screen and paper
        assertThat(printer.ratio(new BigDecimal("0.1745"))).isEqualTo("17.5%");
        assertThat(printer.ratio(new BigDecimal("0.1744"))).isEqualTo("17.4%");
        assertThat(printer.ratio(null)).isEqualTo("–");
    }
}
