package org.callsheet.logic.csv;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.callsheet.logic.text.Characters;
import org.callsheet.model.CustomerKind;

/** Reads the customer type column: company (公司, 企业, 单位, B) or person (个人, 个体, C). */
final class CustomerKinds {
    private static final Set<String> COMPANY = Set.of("company", "business", "organisation", "organization",
            "b", "b2b", "公司", "企业", "单位", "机构", "企業", "單位", "機構");
    private static final Set<String> PERSON = Set.of("person", "individual", "private", "consumer",
            "c", "b2c", "个人", "个体", "私人", "個人", "個體");

    private CustomerKinds() {
    }

    static Optional<CustomerKind> parse(String value) {
        String text = Characters.halfWidth(value).strip().toLowerCase(Locale.ROOT);
        if (COMPANY.contains(text)) {
            return Optional.of(CustomerKind.COMPANY);
        }
        return PERSON.contains(text) ? Optional.of(CustomerKind.PERSON) : Optional.empty();
    }
}
