package org.callsheet.logic.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkabeItoPaletteTest {

    @Test
    void contrastRatiosFollowWcag() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Contrast.ratio(OkabeItoPalette.BLUE, OkabeItoPalette.BLUE)).isEqualTo(1.0);
        assertThat(Contrast.ratio(OkabeItoPalette.YELLOW, Color.WHITE)).isLessThan(Contrast.GRAPHICS_MINIMUM);
    }

    @Test
    void theFirstFourSeriesStandOutFromTheLightAndTheDarkBackground() {
        for (ChartColours colours : List.of(ChartColours.LIGHT, ChartColours.DARK)) {
            List<Color> series = OkabeItoPalette.seriesOn(colours.background());
            assertThat(series).hasSize(8).doesNotHaveDuplicates();
            for (Color colour : series.subList(0, 4)) {
                assertThat(Contrast.ratio(colour, colours.background()))
                        .as("%s on %s", colour, colours.background()).isGreaterThanOrEqualTo(Contrast.GRAPHICS_MINIMUM);
            }
        }
    }

    @Test
    void seriesKeepTheirColourAcrossThemesAndFaintColoursComeLast() {
        List<Color> light = OkabeItoPalette.seriesOn(ChartColours.LIGHT.background());
        List<Color> dark = OkabeItoPalette.seriesOn(ChartColours.DARK.background());
        assertThat(light.subList(0, 4)).isEqualTo(dark.subList(0, 4)).containsExactly(OkabeItoPalette.BLUE,
                OkabeItoPalette.VERMILLION, OkabeItoPalette.BLUISH_GREEN, OkabeItoPalette.REDDISH_PURPLE);
        assertThat(light.getLast()).isEqualTo(OkabeItoPalette.YELLOW);
        assertThat(dark.getLast()).isEqualTo(OkabeItoPalette.BLACK);
    }

    @Test
    void textIsReadableInBothThemes() {
        for (ChartColours colours : List.of(ChartColours.LIGHT, ChartColours.DARK)) {
            assertThat(Contrast.ratio(colours.text(), colours.background())).isGreaterThanOrEqualTo(7);
            assertThat(Contrast.ratio(colours.mutedText(), colours.background())).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(ChartColours.LIGHT.dark()).isFalse();
        assertThat(ChartColours.DARK.dark()).isTrue();
    }
}
