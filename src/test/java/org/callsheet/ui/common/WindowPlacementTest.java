package org.callsheet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.callsheet.ui.i18n.Language;
import org.callsheet.ui.shell.Screen;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1440);

    @Test
    void roundTripsThroughTheSettingsText() {
        WindowPlacement placement = new WindowPlacement(100, 80, 1200, 780, true);
        assertThat(placement.format()).isEqualTo("100,80,1200,780,true");
        assertThat(WindowPlacement.parse("100,80,1200,780,true")).contains(placement);
        assertThat(WindowPlacement.parse("garbage")).isEmpty();
        assertThat(WindowPlacement.parse("1,2,0,4,false")).isEmpty();
        assertThat(WindowPlacement.parse(null)).isEmpty();
    }

    @Test
    void aWindowOnAScreenThatIsGoneComesBackToTheFirstScreen() {
        WindowPlacement onRight = new WindowPlacement(2500, 200, 1400, 900, false);
        assertThat(onRight.fitTo(List.of(LAPTOP, RIGHT_MONITOR))).isEqualTo(onRight);
        WindowPlacement moved = onRight.fitTo(List.of(LAPTOP));
        assertThat(moved.x()).isEqualTo(260);
        assertThat(moved.y()).isEqualTo(90);
        assertThat(new WindowPlacement(-5000, -5000, 800, 500, false).fitTo(List.of(LAPTOP)).x()).isNotNegative();
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunk() {
        WindowPlacement big = new WindowPlacement(0, 0, 4000, 3000, false).fitTo(List.of(LAPTOP));
        assertThat(big.width()).isEqualTo(1920);
        assertThat(big.height()).isEqualTo(1080);
    }

    @Test
    void screenKeysAndLanguagesMatchTheBundles() {
        assertThat(Screen.IMPORT_EXPORT.navKey()).isEqualTo("nav.importExport");
        assertThat(Language.forLocale(Locale.forLanguageTag("zh-Hant-HK"))).isEqualTo(Language.TRADITIONAL_CHINESE);
        assertThat(Language.forLocale(Locale.forLanguageTag("zh-Hans-SG"))).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.ofTag("zh-tw")).contains(Language.TRADITIONAL_CHINESE);
        assertThat(Theme.ofKey("DARK")).isEqualTo(Theme.DARK);
        assertThat(Theme.ofKey("purple")).isEqualTo(Theme.LIGHT);
    }
}
