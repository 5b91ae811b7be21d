package org.callsheet.logic.csv;

import static org.callsheet.logic.csv.FieldSpec.optional;
import static org.callsheet.logic.csv.FieldSpec.required;

import java.util.List;

/** The entities that ship with the program and the column names they recognise. */
public final class StandardEntities {
    public static final String CUSTOMERS_ID = "customers";
    public static final String ORDERS_ID = "orders";

    public static final EntityType CUSTOMERS = new EntityType(CUSTOMERS_ID, List.of(
            optional("external_id", FieldType.TEXT, "客户编号", "客户ID", "客户代码", "客户号", "编号",
                    "customer id", "customer no", "customer number", "id"),
            required("name", FieldType.TEXT, "客户名称", "公司名称", "企业名称", "客户名", "客户", "公司", "名称",
                    "customer", "customer name", "company", "company name", "name"),
            optional("kind", FieldType.CUSTOMER_KIND, "客户类型", "类型", "类别", "kind", "type", "customer type"),
            optional("industry", FieldType.TEXT, "行业", "所属行业", "industry"),
            optional("size", FieldType.TEXT, "规模", "公司规模", "企业规模", "size", "company size"),
            optional("address", FieldType.TEXT, "地址", "详细地址", "公司地址", "联系地址", "address", "street"),
            optional("province", FieldType.TEXT, "省", "省份", "province", "state"),
            optional("city", FieldType.TEXT, "市", "城市", "city"),
            optional("district", FieldType.TEXT, "区", "区县", "县区", "区/县", "district", "county"),
            optional("latitude", FieldType.COORDINATE, "纬度", "latitude", "lat"),
            optional("longitude", FieldType.COORDINATE, "经度", "longitude", "lng", "lon"),
            optional("source", FieldType.TEXT, "来源", "客户来源", "source", "lead source"),
            optional("owner", FieldType.TEXT, "负责人", "业务员", "销售", "销售员", "所属销售", "跟进人",
                    "owner", "sales rep", "rep"),
            optional("tags", FieldType.TAGS, "标签", "tags", "tag"),
            optional("notes", FieldType.TEXT, "备注", "说明", "notes", "note", "remarks", "comment"),
            optional("contact_name", FieldType.TEXT, "联系人", "联系人姓名", "联络人", "姓名",
                    "contact", "contact name"),
            optional("contact_title", FieldType.TEXT, "职务", "职位", "联系人职务", "title", "job title", "position"),
            optional("mobile", FieldType.PHONE, "手机", "手机号", "手机号码", "移动电话", "mobile", "mobile phone",
                    "cell", "cellphone"),
            optional("phone", FieldType.PHONE, "电话", "座机", "固定电话", "联系电话", "办公电话",
                    "phone", "telephone", "tel", "landline"),
            optional("email", FieldType.EMAIL, "邮箱", "电子邮件", "电子邮箱", "邮件", "email", "mail"),
            optional("birthday", FieldType.DATE, "生日", "出生日期", "birthday", "date of birth", "dob"),
            optional("uid", FieldType.TEXT, "uid", "唯一标识"),
            optional("contact_uid", FieldType.TEXT, "contact uid", "联系人唯一标识")));

    public static final EntityType ORDERS = new EntityType(ORDERS_ID, List.of(
            optional("external_id", FieldType.TEXT, "订单号", "订单编号", "单号", "order id", "order no",
                    "order number", "id"),
            required("customer_external_id", FieldType.TEXT, "客户编号", "客户ID", "客户代码", "客户号",
                    "customer id", "customer no", "customer number"),
            required("order_date", FieldType.DATE, "下单日期", "订单日期", "日期", "下单时间", "order date", "date"),
            required("amount", FieldType.AMOUNT, "金额", "订单金额", "总金额", "销售额", "amount", "order amount",
                    "total"),
            optional("cost", FieldType.AMOUNT, "成本", "成本金额", "cost"),
            optional("paid_amount", FieldType.AMOUNT, "回款金额", "已付", "已付金额", "回款", "已回款",
                    "paid", "paid amount"),
            optional("due_date", FieldType.DATE, "到期日", "到期日期", "付款期限", "due date", "due"),
            optional("uid", FieldType.TEXT, "uid", "唯一标识")));

    private StandardEntities() {
    }
}
