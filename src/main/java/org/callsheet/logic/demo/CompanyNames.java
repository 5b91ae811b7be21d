package org.callsheet.logic.demo;

import java.util.List;

/** Company names as they appear on a Chinese business licence. */
final class CompanyNames {

    /** Trade-name characters, combined two at a time (华信, 鑫达, 恒通 …). */
    private static final List<String> BRAND_FIRST = List.of(
            "华", "鑫", "恒", "宏", "盛", "金", "嘉", "永", "新", "中", "瑞", "荣", "隆", "天", "信",
            "通", "广", "达", "安", "祥", "伟", "源", "正", "德", "海", "博", "卓", "远", "汇", "腾",
            "锦", "科", "创", "佳", "万", "东", "泰", "丰", "益", "明");
    private static final List<String> BRAND_SECOND = List.of(
            "信", "达", "通", "远", "泰", "丰", "源", "盛", "昌", "发", "利", "兴", "辉", "诚", "宇",
            "联", "鼎", "翔", "峰", "邦", "顺", "和", "晟", "森", "航", "智", "铭", "润", "禾", "启");
    private static final List<String> SUFFIXES = List.of(
            "有限公司", "有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司");

    private CompanyNames() {
    }

    static String brand(DemoRandom random) {
        String first = random.pick(BRAND_FIRST);
        String second = random.pick(BRAND_SECOND);
        if (second.equals(first)) {
            return first + "业";
        }
        String third = random.chance(0.1) ? random.pick(BRAND_SECOND) : second;
        return third.equals(second) ? first + second : first + second + third;
    }

    /**
     * {@code place} is the city (深圳市) or its short form (深圳); small shops are named
     * 商行 / 经营部 and carry no place.
     */
    static String companyName(DemoRandom random, String place, String brand, Industry industry, boolean smallShop) {
        String word = random.pick(industry.nameWords());
        if (smallShop) {
            return place + brand + word + (random.chance(0.5) ? "经营部" : "商行");
        }
        return place + brand + word + random.pick(SUFFIXES);
    }
}
