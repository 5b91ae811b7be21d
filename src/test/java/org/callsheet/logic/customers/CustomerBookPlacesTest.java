package org.callsheet.logic.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.callsheet.logic.text.Pinyin;
import org.callsheet.model.Address;
import org.callsheet.model.Customer;
import org.callsheet.model.CustomerKind;
import org.callsheet.model.CustomerStatus;
import org.callsheet.ui.testing.InMemoryCustomerRepository;
import org.junit.jupiter.api.Test;

/** The region filter lists places by pinyin, as names sort. */
class CustomerBookPlacesTest {
    @Test
    void provincesCitiesAndDistrictsAreListedByPinyin() {
        InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
        for (String[] place : List.of(new String[] {"重庆市", "重庆市", "渝中区"}, new String[] {"北京市", "北京市", "朝阳区"},
                new String[] {"安徽省", "合肥市", "蜀山区"}, new String[] {"广东省", "深圳市", "南山区"},
                new String[] {"广东省", "广州市", "天河区"}, new String[] {"北京市", "北京市", "东城区"},
                new String[] {"浙江省", "杭州市", "西湖区"})) {
            repository.insert(new Customer(null, UUID.randomUUID().toString(), null, "客户" + place[2],
                    CustomerKind.COMPANY, null, null, new Address("", place[0], place[1], place[2]), null, null, null,
                    List.of(), null, false, CustomerStatus.SMALL, null, null), List.of());
        }
        CustomerBook book = new CustomerBook(repository, new CustomerSearchIndex(new Pinyin()));

        assertThat(book.provinces()).containsExactly("安徽省", "北京市", "重庆市", "广东省", "浙江省");
        assertThat(book.cities("广东省")).containsExactly("广州市", "深圳市");
        assertThat(book.districts("北京市", "北京市")).containsExactly("朝阳区", "东城区");
    }
}
