package org.callsheet.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.callsheet.logic.classification.ChangeCause;
import org.callsheet.logic.classification.ChangedField;
import org.callsheet.logic.classification.ClassificationChange;
import org.callsheet.logic.classification.ClassificationOverride;
import org.callsheet.logic.classification.ClassificationResult;
import org.callsheet.logic.classification.rules.CustomerClassification;
import org.callsheet.logic.classification.rules.Face;
import org.callsheet.logic.classification.rules.RfmSegment;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.common.UserMessage;
import org.callsheet.ui.concurrent.SameThreadTaskRunner;
import org.callsheet.ui.i18n.I18n;
import org.callsheet.ui.i18n.Language;
import org.junit.jupiter.api.Test;

class CustomerClassificationViewModelTest {
    private final FakeAnalysisBackend backend = new FakeAnalysisBackend();
    private final CustomerClassificationViewModel model =
            new CustomerClassificationViewModel(backend, new SameThreadTaskRunner(), 11);

    @Test
    void showsTheHistoryNewestFirstAndTheManualStatus() {
        backend.history.put(11L, List.of(
                new ClassificationChange(11, ChangedField.STATUS, "SMALL", "MEDIUM",
                        Instant.parse("2026-01-01T08:00:00Z"), LocalDate.of(2026, 1, 1), ChangeCause.RECLASSIFIED, null),
                new ClassificationChange(11, ChangedField.QUADRANT, "LOW_VALUE", "HIGH_VALUE",
                        Instant.parse("2026-02-01T08:00:00Z"), LocalDate.of(2026, 2, 1), ChangeCause.RECLASSIFIED,
                        null)));
        backend.overrides.add(new ClassificationOverride(11, CustomerStatus.BIG, "总部统一采购",
                Instant.parse("2026-02-01T09:00:00Z")));

        model.load();

        assertThat(model.history()).extracting(ClassificationChange::what)
                .containsExactly(ChangedField.QUADRANT, ChangedField.STATUS);
        assertThat(model.overrideProperty().get().status()).isEqualTo(CustomerStatus.BIG);
    }

    @Test
    void showsTheCurrentClassificationAndNothingBeforeTheCustomerIsClassified() {
        model.load();
        assertThat(model.resultProperty().get()).isNull();

        CustomerClassification rules = new CustomerClassification(11, CustomerStatus.SMALL, new BigDecimal("800.00"),
                1, 30, 2, 1, 1, RfmSegment.GENERAL_RETAIN, new BigDecimal("800.00"), ValueQuadrant.LOW_VALUE,
                Face.NONE, false, null, null, null, null);
        backend.results.put(11L, new AnalysisBackend.CustomerResult(
                new ClassificationResult(FakeAnalysisBackend.TODAY, CustomerStatus.SMALL, false, rules), 90, 12));
        model.load();

        assertThat(model.resultProperty().get().result().rules().segment())
                .isEqualTo(RfmSegment.GENERAL_RETAIN);
    }

    @Test
    void setsAndClearsTheManualStatusWithAReason() {
        assertThat(model.setOverride(CustomerStatus.OTHER, "")).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(UserMessage.of("analysis.message.reasonNeeded"));

        assertThat(model.setOverride(CustomerStatus.OTHER, "不再需要")).isTrue();
        assertThat(model.overrideProperty().get().reason()).isEqualTo("不再需要");

        model.clearOverride();
        assertThat(model.overrideProperty().get()).isNull();
        assertThat(backend.overrides).isEmpty();
    }

    @Test
    void settingOrClearingTheManualStatusRefreshesHistoryAndTellsTheEditorAtOnce() {
        backend.statuses.put(11L, CustomerStatus.SMALL);
        backend.rulesStatus.put(11L, CustomerStatus.SMALL);
        List<CustomerStatus> told = new ArrayList<>();
        model.setOnStatusChanged(told::add);
        model.load();
        assertThat(model.history()).isEmpty();

        model.setOverride(CustomerStatus.BIG, "总部统一采购");

        assertThat(told).containsExactly(CustomerStatus.BIG);
        assertThat(model.history()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo(ChangeCause.OVERRIDE);
            assertThat(c.to()).isEqualTo("BIG");
        });

        model.clearOverride();

        assertThat(told).containsExactly(CustomerStatus.BIG, CustomerStatus.SMALL);
        assertThat(model.history()).extracting(ClassificationChange::cause).as("newest first")
                .containsExactly(ChangeCause.OVERRIDE_CLEARED, ChangeCause.OVERRIDE);
        assertThat(model.overrideProperty().get()).isNull();
    }

    @Test
    void storedNamesAreShownInTheUserLanguage() {
        I18n zh = new I18n(Language.SIMPLIFIED_CHINESE);
        assertThat(ClassificationTab.value(zh, ChangedField.QUADRANT, "HIGH_VALUE")).isEqualTo("高价值");
        assertThat(ClassificationTab.value(zh, ChangedField.STATUS, "BIG")).isEqualTo("大客户");
        assertThat(ClassificationTab.value(zh, ChangedField.SEGMENT, null)).isEmpty();
        assertThat(zh.get("analysis.action.important_retain")).contains("重点挽留");
    }

    @Test
    void theBlackFaceFlagIsReadAndSetForTheNextClassification() {
        backend.blackFaces.add(11L);
        model.load();
        assertThat(model.blackFaceProperty().get()).isTrue();

        model.setBlackFace(false);

        assertThat(backend.blackFaces).isEmpty();
        assertThat(model.blackFaceProperty().get()).isFalse();
        assertThat(model.messageProperty().get().key()).isEqualTo("analysis.message.blackFaceCleared");
        model.setBlackFace(true);
        assertThat(backend.blackFaces).containsExactly(11L);
        assertThat(model.messageProperty().get().key()).isEqualTo("analysis.message.blackFaceSet");
    }
}
