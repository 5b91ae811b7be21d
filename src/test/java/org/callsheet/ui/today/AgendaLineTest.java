package org.callsheet.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.callsheet.model.KeyDate;
import org.callsheet.model.KeyDateKind;
import org.junit.jupiter.api.Test;

class AgendaLineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static AgendaLine.Key key(Long contactId, String subject, String customer) {
        return new AgendaLine.Key(new KeyDate(KeyDateKind.BIRTHDAY, DAY, DAY.minusYears(41), 41, 7L, contactId,
                subject), customer);
    }

    @Test
    void aContactsDateNamesTheCustomerAndTheContact() {
        assertThat(key(3L, "蔡慧洁", "广州市博森纸业股份有限公司").who()).isEqualTo("广州市博森纸业股份有限公司 · 蔡慧洁");
    }

    @Test
    void aPrivateCustomersOwnDateNamesThePersonOnce() {
        assertThat(key(3L, "黄旭军", "黄旭军").who()).isEqualTo("黄旭军");
    }

    @Test
    void aCustomersDateNamesTheCustomer() {
        assertThat(key(null, "首次成交", "北京永宇办公用品有限公司").who()).isEqualTo("北京永宇办公用品有限公司");
    }
}
