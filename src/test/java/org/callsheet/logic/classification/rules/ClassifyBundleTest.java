package org.callsheet.logic.classification.rules;

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
import java.util.stream.Stream;
import org.callsheet.model.CustomerStatus;
import org.junit.jupiter.api.Test;

class ClassifyBundleTest {

    private static Properties load(String suffix) throws IOException {
        String name = "/org/callsheet/i18n/classify" + suffix + ".properties";
        try (InputStream in = ClassifyBundleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<String> keysInUse() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        Stream.of(RfmSegment.values()).map(RfmSegment::messageKey).forEach(keys::add);
        Stream.of(ValueQuadrant.values()).map(ValueQuadrant::messageKey).forEach(keys::add);
        Stream.of(Face.values()).map(Face::messageKey).forEach(keys::add);
        Stream.of(ServiceValueGroup.values()).map(ServiceValueGroup::messageKey).forEach(keys::add);
        Stream.of(RelationshipLevel.values()).map(RelationshipLevel::messageKey).forEach(keys::add);
        Stream.of(RepurchaseBucket.values()).map(RepurchaseBucket::messageKey).forEach(keys::add);
        Stream.of(CustomerStatus.values()).map(ClassifyMessages::statusKey).forEach(keys::add);
        for (var field : ClassifyMessages.class.getFields()) {
            String value = (String) field.get(null);
            if (!value.equals(ClassifyMessages.BUNDLE)) {
                keys.add(value);
            }
        }
        return keys;
    }

    @Test
    void everyKeyInUseIsInEveryLanguage() throws Exception {
        List<String> keys = keysInUse();
        for (String suffix : List.of("", "_zh_CN", "_zh_TW")) {
            Properties p = load(suffix);
            assertThat(p.stringPropertyNames()).as("bundle%s", suffix).containsAll(keys);
            assertThat(p.values()).as("bundle%s", suffix).noneMatch(v -> v.toString().isBlank());
        }
    }

    @Test
    void languagesHaveTheSameKeys() throws IOException {
        Properties en = load("");
        assertThat(load("_zh_CN").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(load("_zh_TW").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @Test
    void chineseTextsReadAsUtf8() {
        ResourceBundle cn = ResourceBundle.getBundle(ClassifyMessages.BUNDLE, Locale.SIMPLIFIED_CHINESE);
        ResourceBundle tw = ResourceBundle.getBundle(ClassifyMessages.BUNDLE, Locale.TRADITIONAL_CHINESE);
        assertThat(cn.getString(RfmSegment.IMPORTANT_VALUE.messageKey())).isEqualTo("重要价值客户");
        assertThat(tw.getString(RfmSegment.IMPORTANT_VALUE.messageKey())).isEqualTo("重要價值客戶");
        assertThat(cn.getString(ClassifyMessages.statusKey(CustomerStatus.SUSPECT))).isEqualTo("待开发客户");
    }
}
