package org.callsheet.persistence;

import static org.callsheet.persistence.jooq.Tables.SETTING;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.settings.SettingsRepository;
import org.jooq.DSLContext;

/** Settings in the SETTING table. */
public final class JooqSettingsRepository implements SettingsRepository {
    private final DSLContext dsl;

    public JooqSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String key) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key))
                .fetchOptional(SETTING.SETTING_VALUE);
    }

    @Override
    public void put(String key, String value) {
        dsl.insertInto(SETTING).set(SETTING.SETTING_KEY, key).set(SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, value)
                .execute();
    }

    @Override
    public void remove(String key) {
        dsl.deleteFrom(SETTING).where(SETTING.SETTING_KEY.eq(key)).execute();
    }

    @Override
    public void putAll(Map<String, String> values) {
        dsl.transaction(tx -> {
            JooqSettingsRepository inTransaction = new JooqSettingsRepository(tx.dsl());
            values.forEach((key, value) -> {
                if (value == null) {
                    inTransaction.remove(key);
                } else {
                    inTransaction.put(key, value);
                }
            });
        });
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        dsl.selectFrom(SETTING).orderBy(SETTING.SETTING_KEY)
                .forEach(r -> out.put(r.getSettingKey(), r.getSettingValue()));
        return out;
    }
}
