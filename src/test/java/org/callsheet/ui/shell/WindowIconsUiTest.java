package org.callsheet.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class WindowIconsUiTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theWindowAndEveryDialogCarryTheIcon() throws Exception {
        List<List<Image>> icons = WaitForAsyncUtils.asyncFx(() -> {
            WindowIcons.install();
            Stage window = new Stage();
            window.show();
            Alert dialog = new Alert(Alert.AlertType.INFORMATION, "");
            dialog.show();
            List<Image> ofWindow = List.copyOf(window.getIcons());
            List<Image> ofDialog = List.copyOf(((Stage) dialog.getDialogPane().getScene().getWindow()).getIcons());
            dialog.close();
            window.close();
            return List.of(ofWindow, ofDialog);
        }).get();
        assertThat(icons.get(0)).hasSize(7).allSatisfy(image -> assertThat(image.isError()).isFalse());
        assertThat(icons.get(0).getFirst().getWidth()).isEqualTo(16);
        assertThat(icons.get(1)).hasSize(7);
    }
}
