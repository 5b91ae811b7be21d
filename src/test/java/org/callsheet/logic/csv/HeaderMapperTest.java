package org.callsheet.logic.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderMapperTest {
    private final HeaderMapper mapper = new HeaderMapper();

    @ParameterizedTest
    @CsvSource({
            "客户编号,external_id", "客户ID,external_id", "客户名称,name", "公司名称,name", "联系人,contact_name",
            "职务,contact_title", "手机,mobile", "电话,phone", "座机,phone", "邮箱,email", "地址,address",
            "省,province", "省份,province", "市,city", "城市,city", "区,district", "区县,district", "区/县,district",
            "行业,industry", "规模,size", "来源,source", "负责人,owner", "业务员,owner", "备注,notes",
            "生日,birthday", "标签,tags", "经度,longitude", "纬度,latitude",
            "客戶編號,external_id", "客戶名稱,name", "聯絡人,contact_name", "聯繫人,contact_name",
            "手機,mobile", "電話,phone", "郵箱,email", "電子郵件,email", "負責人,owner", "業務員,owner",
            "備註,notes", "標籤,tags", "經度,longitude", "緯度,latitude", "區縣,district",
            "Customer Name,name", "CUSTOMER_ID,external_id", "Ｍｏｂｉｌｅ,mobile", "E-mail,email",
            "external_id,external_id", "contact_title,contact_title", "\uFEFF客户编号,external_id",
            " 手机 ,mobile", "手机号码,mobile"})
    void mapsCustomerColumns(String header, String field) {
        assertMaps(header, field);
    }

    @ParameterizedTest
    @CsvSource({
            "所在省份,province", "所属省份,province", "所在省,province", "所在城市,city", "所属城市,city",
            "所在市,city", "所在区县,district", "所属区县,district", "所在区,district", "县,district",
            "地区,address", "所在地区,address", "所在地,address", "联系电话,phone", "固话,phone", "座机,phone",
            "电话号码,phone", "手机号码,mobile", "联系手机,mobile", "客户全称,name", "公司名称,name", "单位名称,name",
            "所屬省份,province", "所在縣市,", "所属行业,industry", "行业类别,industry", "通讯地址,address"})
    void mapsTheSpellingsOfRealCompanyLists(String header, String field) {
        if (field == null) {
            assertThat(mapper.map(StandardEntities.CUSTOMERS, List.of("name", header)).mapping().fieldOf(1))
                    .isEmpty();
        } else {
            assertMaps(header, field);
        }
    }

    private void assertMaps(String header, String field) {
        HeaderMapping mapping = mapper.map(StandardEntities.CUSTOMERS, List.of("name", header)).mapping();
        if (field.equals("name")) {
            assertThat(mapping.columnOf("name")).hasValue(0);
        } else {
            assertThat(mapping.fieldOf(1)).contains(field);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "订单号,external_id", "客户编号,customer_external_id", "下单日期,order_date", "日期,order_date",
            "金额,amount", "订单金额,amount", "金额（元）,amount", "Amount (RMB),amount", "成本,cost",
            "回款金额,paid_amount", "已付,paid_amount", "到期日,due_date", "訂單號,external_id",
            "客戶編號,customer_external_id", "訂單金額,amount", "回款金額,paid_amount", "到期日,due_date"})
    void mapsOrderColumns(String header, String field) {
        HeaderMapping mapping = mapper.map(StandardEntities.ORDERS, List.of(header)).mapping();
        assertThat(mapping.fieldOf(0)).contains(field);
    }

    @Test
    void everyLabelInEveryLanguageMapsBackToItsField() {
        for (EntityType entity : EntityRegistry.standard().all()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
                CsvMessages messages = new CsvMessages(locale);
                List<String> header = entity.fieldIds().stream()
                        .map(field -> messages.fieldLabel(entity.id(), field)).toList();
                HeaderMapper.Result result = mapper.map(entity, header);
                for (int i = 0; i < header.size(); i++) {
                    assertThat(result.mapping().fieldOf(i)).as(locale + " " + header.get(i))
                            .contains(entity.fieldIds().get(i));
                }
                assertThat(result.problems()).isEmpty();
            }
        }
    }

    @Test
    void noAliasPointsToTwoFieldsOfOneEntity() {
        for (EntityType entity : EntityRegistry.standard().all()) {
            Map<String, String> owner = new HashMap<>();
            for (FieldSpec field : entity.fields()) {
                for (String alias : field.aliases()) {
                    String previous = owner.putIfAbsent(HeaderNormalizer.normalize(alias), field.id());
                    assertThat(previous == null || previous.equals(field.id())).as(alias).isTrue();
                }
            }
        }
    }

    @Test
    void reportsUnknownColumnsSecondColumnsForAFieldAndMissingRequiredOnes() {
        HeaderMapper.Result result = mapper.map(StandardEntities.CUSTOMERS, List.of("手机", "Mobile", "微信"));
        assertThat(result.mapping().fieldOf(0)).contains("mobile");
        assertThat(result.mapping().fieldOf(1)).isEmpty();
        assertThat(result.problems()).extracting(CsvProblem::code).containsExactly(
                ProblemCode.DUPLICATE_FIELD, ProblemCode.UNMAPPED_COLUMN, ProblemCode.MISSING_REQUIRED_COLUMN);
        assertThat(result.problems().get(0).column()).isEqualTo("Mobile");
        assertThat(result.problems().get(2).args()).containsExactly(new FieldRef("customers", "name"));
    }

    @Test
    void editingMovesAFieldToAnotherColumn() {
        HeaderMapping mapping = mapper.map(StandardEntities.CUSTOMERS, List.of("客户名称", "手机", "备用")).mapping();
        HeaderMapping edited = mapping.withField(2, "mobile");
        assertThat(edited.fieldOf(1)).isEmpty();
        assertThat(edited.columnOf("mobile")).hasValue(2);
        assertThat(mapping.columnOf("mobile")).hasValue(1);
        assertThat(edited.withField(0, null).missingRequired()).hasSize(1);
    }

    @Test
    void registryTakesNewEntityTypes() {
        EntityRegistry registry = EntityRegistry.standard();
        registry.register(new EntityType("quotes",
                List.of(FieldSpec.required("expected_on", FieldType.DATE, "预计日期"))));
        EntityType quotes = registry.find("quotes").orElseThrow();
        assertThat(mapper.map(quotes, List.of("預計日期")).mapping().fieldOf(0)).contains("expected_on");
        assertThat(registry.all()).extracting(EntityType::id)
                .containsExactly("customers", "orders", "contacts", "calls", "visits", "reminders", "opportunities", "quotes");
    }

    @Test
    void visitHeadersInChineseMapToTheirFields() {
        HeaderMapping mapping = mapper.map(StandardEntities.VISITS,
                List.of("编号", "客户编号", "日期", "计划到达", "完成时间", "结果", "目的", "备注", "下一步")).mapping();
        assertThat(mapping.missingRequired()).isEmpty();
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8)).extracting(i -> mapping.fieldOf(i).orElse("-"))
                .containsExactlyElementsOf(StandardEntities.VISITS.fieldIds());
    }
}
