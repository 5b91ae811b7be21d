package org.callsheet.logic.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.callsheet.logic.reminders.CallListReason;
import org.callsheet.logic.reminders.ChecklistKind;
import org.callsheet.logic.reminders.ChineseHoliday;
import org.callsheet.logic.reminders.ReminderTexts;
import org.callsheet.model.Attitude;
import org.callsheet.model.CallDirection;
import org.callsheet.model.CallOutcome;
import org.callsheet.model.FollowUpKind;
import org.callsheet.model.FollowUpStatus;
import org.callsheet.model.KeyDateKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallsBundleTest {
    private static final String[] VALIDATION_KEYS = {"calls.validation.customer.required",
        "calls.validation.start.required", "calls.validation.start.future", "calls.validation.visit.beforeCall",
        "calls.validation.duration.negative", "calls.validation.interest.range", "calls.validation.tooLong",
        "calls.validation.outcome.labelRequired", "calls.validation.outcome.labelTooLong",
        "calls.validation.outcome.labelCharacters", "calls.validation.outcome.labelTaken"};

    private static Properties load(String suffix) throws IOException {
        String path = "/org/callsheet/i18n/calls" + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = CallsBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<String> usedKeys() {
        List<String> keys = new ArrayList<>(List.of(VALIDATION_KEYS));
        keys.addAll(List.of(CallTexts.WARNING_CALLED_TODAY, CallTexts.WARNING_CALLED_RECENTLY,
                CallTexts.KEY_DATE_YEARS, CallTexts.KEY_DATE_AGE, CallTexts.OVERDUE));
        for (CallOutcome v : CallOutcome.values()) keys.add(CallTexts.outcome(v));
        for (Attitude v : Attitude.values()) keys.add(CallTexts.attitude(v));
        for (CallDirection v : CallDirection.values()) keys.add(CallTexts.direction(v));
        for (FollowUpKind v : FollowUpKind.values()) keys.add(CallTexts.followUpKind(v));
        for (FollowUpStatus v : FollowUpStatus.values()) keys.add(CallTexts.followUpStatus(v));
        for (KeyDateKind v : KeyDateKind.values()) keys.add(CallTexts.keyDate(v));
        for (ChineseHoliday v : ChineseHoliday.values()) keys.add(ReminderTexts.holiday(v));
        for (CallListReason v : CallListReason.values()) keys.add(v.messageKey());
        for (ChecklistKind v : ChecklistKind.values()) keys.add(v.messageKey());
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_zh_TW"})
    void everyBundleHasEveryUsedKeyAndNoOther(String suffix) throws IOException {
        Properties bundle = load(suffix);
        assertThat(bundle.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(usedKeys());
        assertThat(bundle.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
    }

    @Test
    void chineseBundlesAreReadAsUtf8ByTheResourceBundle() {
        ResourceBundle cn = ResourceBundle.getBundle(CallTexts.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        ResourceBundle tw = ResourceBundle.getBundle(CallTexts.BUNDLE, Locale.TRADITIONAL_CHINESE);
        assertThat(cn.getString(ReminderTexts.holiday(ChineseHoliday.MID_AUTUMN))).isEqualTo("中秋节");
        assertThat(tw.getString(ReminderTexts.holiday(ChineseHoliday.MID_AUTUMN))).isEqualTo("中秋節");
        assertThat(cn.getString(CallListReason.REGULAR_CALLBACK.messageKey())).isEqualTo("定期回访");
        assertThat(cn.getString(CallTexts.keyDate(KeyDateKind.FIRST_DEAL_ANNIVERSARY))).isEqualTo("合作纪念日");
    }
}
