package org.callsheet.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SettingsDerivedTest {
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final Settings settings = new Settings(new SettingsRepository() {
        @Override
        public Optional<String> get(String key) {
            reads.incrementAndGet();
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }

        @Override
        public void remove(String key) {
            values.remove(key);
        }

        @Override
        public void putAll(Map<String, String> more) {
            more.forEach((k, v) -> {
                if (v == null) {
                    values.remove(k);
                } else {
                    values.put(k, v);
                }
            });
        }

        @Override
        public Map<String, String> all() {
            return Map.copyOf(values);
        }
    });

    @Test
    void aDerivedValueIsReadAgainOnlyAfterASettingChanged() {
        Supplier<String> name = settings.derived(s -> s.get(Settings.REP_NAME, "?"));

        assertThat(name.get()).isEqualTo("?");
        assertThat(name.get()).isEqualTo("?");
        assertThat(reads).hasValue(1);

        settings.put(Settings.REP_NAME, "王芳");

        assertThat(name.get()).isEqualTo("王芳");
        assertThat(name.get()).isEqualTo("王芳");
        assertThat(reads).hasValue(2);

        settings.putAll(Map.of(Settings.REP_NAME, "李强"));
        assertThat(name.get()).isEqualTo("李强");
    }
}
