package org.callsheet.logic.csv;

import static org.callsheet.logic.csv.FieldSpec.optional;
import static org.callsheet.logic.csv.FieldSpec.required;

import java.util.List;

/** The entities that ship with the program and the column names they recognise. */
public final class StandardEntities {
    public static final String CUSTOMERS_ID = "customers";
    public static final String ORDERS_ID = "orders";
    public static final String CONTACTS_ID = "contacts";
    public static final String CALLS_ID = "calls";
    public static final String VISITS_ID = "visits";
    public static final String OPPORTUNITIES_ID = "opportunities";
    /** Follow-ups (open and closed); export only. */
    public static final String REMINDERS_ID = "reminders";

    public static final EntityType CUSTOMERS = new EntityType(CUSTOMERS_ID, List.of(
            optional("external_id", FieldType.TEXT, "客户编号", "客户ID", "客户代码", "客户号", "编号",
                    "customer id", "customer no", "customer number", "id"),
            required("name", FieldType.TEXT, "客户名称", "公司名称", "企业名称", "客户名", "客户", "公司", "名称",
                    "客户全称", "公司全称", "企业全称", "单位名称", "单位全称", "单位", "企业", "商户名称", "机构名称",
                    "customer", "customer name", "company", "company name", "name"),
            optional("kind", FieldType.CUSTOMER_KIND, "客户类型", "类型", "类别", "kind", "type", "customer type"),
            optional("industry", FieldType.TEXT, "行业", "所属行业", "行业类别", "行业分类", "行业类型", "industry"),
            optional("size", FieldType.TEXT, "规模", "公司规模", "企业规模", "size", "company size"),
            // 地区 and 所在地 hold a place as a whole ("广东省深圳市"): read as an address, split into its parts
            optional("address", FieldType.TEXT, "地址", "详细地址", "公司地址", "联系地址", "通讯地址", "办公地址",
                    "注册地址", "经营地址", "单位地址", "企业地址", "地址信息", "地区", "所在地", "address", "street"),
            optional("province", FieldType.TEXT, "省", "省份", "省名", "省份名称", "province", "state"),
            optional("city", FieldType.TEXT, "市", "城市", "地市", "地级市", "城市名称", "city"),
            optional("district", FieldType.TEXT, "区", "县", "区县", "县区", "区/县", "区县名称", "district", "county"),
            optional("latitude", FieldType.COORDINATE, "纬度", "latitude", "lat"),
            optional("longitude", FieldType.COORDINATE, "经度", "longitude", "lng", "lon"),
            optional("source", FieldType.TEXT, "来源", "客户来源", "source", "lead source"),
            optional("owner", FieldType.TEXT, "负责人", "业务员", "销售", "销售员", "所属销售", "跟进人",
                    "owner", "sales rep", "rep"),
            optional("tags", FieldType.TAGS, "标签", "tags", "tag"),
            optional("notes", FieldType.TEXT, "备注", "备注信息", "附注", "说明", "notes", "note", "remarks", "comment"),
            optional("contact_name", FieldType.TEXT, "联系人", "联系人姓名", "联系人名称", "联络人", "对接人", "姓名",
                    "contact", "contact name"),
            optional("contact_title", FieldType.TEXT, "职务", "职位", "联系人职务", "title", "job title", "position"),
            optional("mobile", FieldType.PHONE, "手机", "手机号", "手机号码", "移动电话", "联系手机", "联系人手机",
                    "手机电话", "移动号码", "mobile", "mobile phone", "cell", "cellphone"),
            optional("phone", FieldType.PHONE, "电话", "座机", "固话", "固定电话", "联系电话", "办公电话", "电话号码",
                    "座机号码", "座机电话", "固话号码", "固定号码", "办公室电话", "公司电话", "单位电话",
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

    /** One row per contact, naming its customer by external id (or uid). */
    public static final EntityType CONTACTS = new EntityType(CONTACTS_ID, List.of(
            optional("uid", FieldType.TEXT, "uid", "唯一标识", "contact uid", "联系人唯一标识"),
            required("customer_external_id", FieldType.TEXT, "客户编号", "客户ID", "客户代码", "客户号",
                    "customer id", "customer no", "customer number"),
            required("name", FieldType.TEXT, "联系人", "联系人姓名", "联络人", "姓名", "contact", "contact name",
                    "name"),
            optional("title", FieldType.TEXT, "职务", "职位", "联系人职务", "title", "job title", "position"),
            optional("decision_maker", FieldType.BOOLEAN, "决策人", "是否决策人", "关键人", "decision maker"),
            optional("mobile", FieldType.PHONE, "手机", "手机号", "手机号码", "移动电话", "联系手机", "联系人手机",
                    "手机电话", "移动号码", "mobile", "mobile phone", "cell", "cellphone"),
            optional("phone", FieldType.PHONE, "电话", "座机", "固话", "固定电话", "联系电话", "办公电话", "电话号码",
                    "座机号码", "座机电话", "固话号码", "固定号码", "办公室电话", "公司电话", "单位电话",
                    "phone", "telephone", "tel", "landline"),
            optional("email", FieldType.EMAIL, "邮箱", "电子邮件", "电子邮箱", "邮件", "email", "mail"),
            optional("birthday", FieldType.DATE, "生日", "出生日期", "birthday", "date of birth", "dob")));

    /** Logged calls; a non-empty follow_up_at plans an open follow-up. */
    public static final EntityType CALLS = new EntityType(CALLS_ID, List.of(
            optional("external_id", FieldType.TEXT, "通话编号", "通话ID", "通话记录编号", "记录编号",
                    "call id", "call no", "call number"),
            required("customer_external_id", FieldType.TEXT, "客户编号", "客户ID", "客户代码", "客户号",
                    "customer id", "customer no", "customer number"),
            optional("contact", FieldType.TEXT, "联系人", "联系人姓名", "联络人", "contact", "contact name"),
            optional("phone", FieldType.PHONE, "电话", "号码", "电话号码", "拨打号码", "联系电话",
                    "phone", "number", "phone number", "telephone"),
            required("started_at", FieldType.DATE_TIME, "通话时间", "开始时间", "拨打时间", "时间",
                    "started at", "start", "start time", "call time", "time"),
            optional("duration_s", FieldType.INTEGER, "时长", "通话时长", "时长秒", "duration", "seconds"),
            optional("direction", FieldType.CODE, "方向", "呼叫方向", "direction"),
            required("outcome", FieldType.CODE, "结果", "通话结果", "outcome", "result"),
            optional("outcome_label", FieldType.TEXT, "自定义结果", "自訂結果", "结果名称", "outcome label", "own outcome",
                    "custom outcome"),
            optional("needs", FieldType.TEXT, "需求", "客户需求", "needs"),
            optional("attitude", FieldType.CODE, "态度", "客户态度", "attitude"),
            optional("visit_opportunity", FieldType.BOOLEAN, "拜访机会", "可拜访", "visit opportunity"),
            optional("visit_date", FieldType.DATE, "拜访日期", "预约拜访日期", "visit date"),
            optional("notes", FieldType.TEXT, "备注", "通话备注", "说明", "notes", "note", "remarks", "comment"),
            optional("next_step", FieldType.TEXT, "下一步", "下一步计划", "next step"),
            optional("follow_up_at", FieldType.DATE_TIME, "回访时间", "跟进时间", "下次跟进时间", "下次跟进",
                    "follow up at", "follow up"),
            optional("interest_level", FieldType.INTEGER, "意向", "意向程度", "兴趣", "interest", "interest level"),
            optional("caller", FieldType.TEXT, "拨打人", "通话人", "caller"),
            optional("uid", FieldType.TEXT, "uid", "唯一标识")));

    /**
     * Planned and logged visits. A visit is logged when it has both done_at and outcome; notes and
     * next step belong to a logged visit.
     */
    public static final EntityType VISITS = new EntityType(VISITS_ID, List.of(
            optional("uid", FieldType.TEXT, "uid", "唯一标识", "编号", "拜访编号", "visit id"),
            required("customer_external_id", FieldType.TEXT, "客户编号", "客户ID", "客户代码", "客户号",
                    "customer id", "customer no", "customer number"),
            required("date", FieldType.DATE, "日期", "拜访日期", "计划日期", "date", "visit date"),
            optional("planned_arrival", FieldType.TEXT, "计划到达", "计划到达时间", "到达时间", "planned arrival",
                    "arrival"),
            optional("done_at", FieldType.DATE_TIME, "完成时间", "拜访时间", "done at", "visited at"),
            optional("outcome", FieldType.CODE, "结果", "拜访结果", "outcome", "result"),
            optional("purpose", FieldType.TEXT, "目的", "拜访目的", "purpose"),
            optional("notes", FieldType.TEXT, "备注", "拜访备注", "说明", "notes", "note", "remarks", "comment"),
            optional("next_step", FieldType.TEXT, "下一步", "下一步计划", "next step")));

    /** Follow-ups with their state; written by export, not read by import. */
    public static final EntityType REMINDERS = new EntityType(REMINDERS_ID, List.of(
            optional("uid", FieldType.TEXT, "uid", "唯一标识"),
            required("customer_external_id", FieldType.TEXT, "客户编号", "客户ID", "customer id"),
            optional("contact", FieldType.TEXT, "联系人", "联络人", "contact"),
            optional("kind", FieldType.CODE, "类型", "跟进方式", "kind", "type"),
            required("due_at", FieldType.DATE_TIME, "跟进时间", "到期时间", "due at", "due"),
            optional("status", FieldType.CODE, "状态", "status"),
            optional("snoozed_until", FieldType.DATE_TIME, "推迟到", "延后到", "snoozed until"),
            optional("note", FieldType.TEXT, "备注", "说明", "note", "notes"),
            optional("call_uid", FieldType.TEXT, "来源通话", "call uid", "source call"),
            optional("closed_at", FieldType.DATE_TIME, "完成时间", "关闭时间", "closed at"),
            optional("created_at", FieldType.DATE_TIME, "创建时间", "建立时间", "created at")));

    /** Sales opportunities; the *_at columns give when each stage was first entered. */
    public static final EntityType OPPORTUNITIES = new EntityType(OPPORTUNITIES_ID, List.of(
            optional("uid", FieldType.TEXT, "uid", "唯一标识"),
            optional("external_id", FieldType.TEXT, "商机编号", "商机ID", "机会编号", "opportunity id",
                    "opportunity no", "deal id"),
            required("customer_external_id", FieldType.TEXT, "客户编号", "客户ID", "客户代码", "客户号",
                    "customer id", "customer no", "customer number"),
            required("title", FieldType.TEXT, "商机名称", "商机", "名称", "项目", "项目名称", "title", "opportunity",
                    "deal", "name"),
            required("amount", FieldType.AMOUNT, "金额", "商机金额", "预计金额", "amount", "value", "deal value"),
            optional("owner", FieldType.TEXT, "负责人", "业务员", "销售", "销售员", "owner", "sales rep", "rep"),
            optional("source", FieldType.CODE, "来源", "商机来源", "source"),
            required("stage", FieldType.CODE, "阶段", "销售阶段", "商机阶段", "stage", "sales stage"),
            optional("probability", FieldType.INTEGER, "赢单概率", "赢单机率", "概率", "成交概率", "probability", "win probability"),
            optional("expected_close", FieldType.DATE, "预计成交日期", "预计成交", "预计签单日期", "expected close",
                    "close date", "expected close date"),
            optional("created_at", FieldType.DATE_TIME, "创建时间", "建立时间", "created at", "created"),
            optional("closed_at", FieldType.DATE_TIME, "关闭时间", "结束时间", "成交时间", "closed at", "closed"),
            optional("status", FieldType.CODE, "状态", "商机状态", "status"),
            optional("lost_reason", FieldType.TEXT, "输单原因", "丢单原因", "lost reason", "reason lost"),
            optional("next_step", FieldType.TEXT, "下一步", "下一步计划", "next step"),
            optional("notes", FieldType.TEXT, "备注", "说明", "notes", "note", "remarks", "comment"),
            optional("lead_at", FieldType.DATE_TIME, "线索时间", "lead at"),
            optional("opportunity_at", FieldType.DATE_TIME, "商机时间", "opportunity at"),
            optional("quote_at", FieldType.DATE_TIME, "方案报价时间", "报价时间", "quote at"),
            optional("negotiation_at", FieldType.DATE_TIME, "商务谈判时间", "谈判时间", "negotiation at"),
            optional("contract_at", FieldType.DATE_TIME, "签订合同时间", "合同时间", "contract at"),
            optional("payment_at", FieldType.DATE_TIME, "回款时间", "payment at"),
            optional("invoice_at", FieldType.DATE_TIME, "开票时间", "invoice at")));

    private StandardEntities() {
    }
}
