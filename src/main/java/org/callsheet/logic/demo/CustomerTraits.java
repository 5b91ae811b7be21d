package org.callsheet.logic.demo;

import java.util.List;

/** The small vocabularies of a demo customer book: titles, sources, tags, reps, notes. */
final class CustomerTraits {
    static final List<String> DECISION_TITLES = List.of("总经理", "总经理", "董事长", "老板", "厂长", "副总经理", "采购总监");
    static final List<String> OTHER_TITLES = List.of(
            "采购经理", "采购主管", "采购专员", "财务经理", "行政主管", "技术总监", "项目经理", "店长", "销售经理", "仓库主管");
    static final List<String> SOURCES = List.of(
            "电话开发", "电话开发", "电话开发", "客户转介绍", "网络推广", "展会", "公司名单导入", "上门拜访");
    static final List<String> TAGS = List.of(
            "重点跟进", "价格敏感", "需开发票", "月结", "老客户介绍", "展会客户", "季节性采购", "有意向", "要资料");
    static final List<String> NOTES = List.of(
            "每月初补货", "只在上午接电话", "年底集中采购", "对交货期要求高", "需要先寄样品", "决策需报总部审批");
    static final List<String> PERSONAL_MAIL = List.of("qq.com", "163.com", "126.com", "sina.com");
    static final List<String> COMPANY_DOMAINS = List.of(".com", ".cn", ".com.cn");

    private CustomerTraits() {
    }

    static String sizeClass(double annualRevenue) {
        if (annualRevenue < 50_000) {
            return "1-20人";
        }
        if (annualRevenue < 500_000) {
            return "21-100人";
        }
        return annualRevenue < 5_000_000 ? "101-500人" : "500人以上";
    }
}
