package org.callsheet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Floating tabs (the customer editor's, the Funnel screen's) are as wide as their titles. The
 * theme makes every one 150 px: a long title ("Opportunities (12)" in a larger font) is cut off
 * and the customer editor's seven tabs do not fit its window, so the last go to a menu.
 */
@ExtendWith(ApplicationExtension.class)
class FloatingTabsUiTest {
    static {
        System.clearProperty("testfx.headless");
    }

    private TabPane tabs;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ShippedFonts.loadForJavaFx();
        tabs = new TabPane(new Tab("Calls"), new Tab("Opportunities and their history (12)"));
        tabs.getStyleClass().add(Styles.TABS_FLOATING);
        Scene scene = new Scene(tabs, 900, 200);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aTabIsAsWideAsItsTitle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label shortTitle = robot.from(tabs).lookup(".tab-label").nth(0).queryAs(Label.class);
        Label longTitle = robot.from(tabs).lookup(".tab-label").nth(1).queryAs(Label.class);

        assertThat(WaitForAsyncUtils.asyncFx(shortTitle::getWidth).get()).isLessThan(100);
        assertThat(WaitForAsyncUtils.asyncFx(longTitle::isTextTruncated).get()).isFalse();
    }
}
