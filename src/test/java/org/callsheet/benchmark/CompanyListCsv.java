package org.callsheet.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.model.Address;
import org.callsheet.model.Region;

/**
 * A customer list as company systems hand it to a rep: GB18030 without a byte-order mark, Chinese
 * headers, external id, company name, contact, a mobile written five ways, a landline with or
 * without area code and extension, a full street address beside province, city and district
 * columns that are sometimes blank or short ("广东" for 广东省), industry, and notes with commas,
 * quotes and line breaks. One row in ten has no external id, one in a hundred repeats an earlier id,
 * one in a thousand has no name, and a few lines are blank.
 */
final class CompanyListCsv {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final String HEADER = "客户编号,客户名称,联系人,手机,固定电话,详细地址,省份,城市,区县,所属行业,备注";

    private static final List<String> INDUSTRIES = List.of("制造业", "批发零售", "餐饮", "物流运输", "教育培训",
            "医疗器械", "软件和信息技术服务", "建筑工程", "房地产", "金融服务", "农业", "纺织服装", "电子元器件",
            "汽车配件", "化工", "食品加工", "广告传媒", "家具建材", "进出口贸易", "环保设备");
    private static final String NAME_CHARACTERS = "华泰恒达鑫源盛兴宏远佳信通瑞丰和安广利嘉诚金海天博创新中汇联科永昌明德";
    private static final List<String> NAME_ENDINGS = List.of("科技有限公司", "贸易有限公司", "实业有限公司",
            "电子科技有限公司", "商贸有限责任公司", "股份有限公司", "工程有限公司", "餐饮管理有限公司", "物流有限公司");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉鹏建国红志峰";
    private static final List<String> STREETS = List.of("科苑路", "人民路", "建设大道", "中山路", "解放路", "长江路",
            "新华街", "工业园路", "滨海大道", "文化路", "高新南一道", "黄河路");
    private static final List<String> BUILDINGS = List.of("", "科技园B栋", "创业大厦", "国际商务中心A座",
            "工业区3号厂房", "金融中心", "");
    private static final List<String> NOTES = List.of("已报价，等回复", "老客户介绍，年底有采购计划",
            "对价格敏感，要求月结", "联系人下月休产假，找采购部王经理", "展会认识，索要样品", "去年合作过一次，回款慢",
            "需要开增值税专用发票", "决策人是总经理，周三下午方便接电话");
    private static final int[] MOBILE_PREFIXES = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153,
            155, 156, 157, 158, 159, 166, 177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 198, 199};

    private CompanyListCsv() {
    }

    static void customers(Path file, int rows) throws IOException {
        RegionDirectory regions = RegionDirectory.shipped();
        List<Region> counties = regions.all().stream().filter(r -> r.level() == Region.Level.COUNTY).toList();
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, GB18030)) {
            out.write(HEADER + "\r\n");
            for (int i = 0; i < rows; i++) {
                int roll = random.nextInt(1000);
                String id = roll < 100 ? "" : roll < 110 && i > 0 ? "C" + random.nextInt(i) : "C" + i;
                Region county = counties.get(random.nextInt(counties.size()));
                Address place = regions.addressOf(county, street(random, i));
                String areaCode = regions.areaCode(county).orElse("010");
                out.write(String.join(",", id, name(random, place, i, roll), person(random), mobile(i, roll),
                        landline(areaCode, i, roll), fullAddress(place, roll), province(place, roll), city(place, roll),
                        roll % 5 == 4 ? "" : place.district(),
                        roll % 10 == 3 ? "" : INDUSTRIES.get(random.nextInt(INDUSTRIES.size())), notes(random, roll)));
                out.write("\r\n");
                if (roll == 500) {
                    out.write(",,,,,,,,,,\r\n");
                }
            }
        }
    }

    private static String name(Random random, Address place, int i, int roll) {
        if (roll == 999) {
            return "";
        }
        String city = place.city().isEmpty() ? place.province() : place.city();
        String shortCity = city.length() > 2 && (city.endsWith("市") || city.endsWith("省")) ? city.substring(0,
                city.length() - 1) : city;
        String word = "" + NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()))
                + NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()));
        String name = (roll % 3 == 0 ? shortCity : "") + word + Integer.toString(i, 36).toUpperCase()
                + NAME_ENDINGS.get(random.nextInt(NAME_ENDINGS.size()));
        return roll % 7 == 0 ? " " + name + " " : roll % 11 == 0 ? name.replace("有限公司", "（有限公司）") : name;
    }

    private static String person(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
    }

    /** A distinct valid mainland mobile per row, written one of five ways, or blank. */
    private static String mobile(int i, int roll) {
        int prefix = MOBILE_PREFIXES[i % MOBILE_PREFIXES.length];
        String rest = "%08d".formatted((i / MOBILE_PREFIXES.length * 7_919L + 10_384_729L) % 100_000_000L);
        String digits = prefix + rest;
        if (roll % 12 == 5) {
            return "";
        }
        return switch (roll % 5) {
            case 0 -> digits;
            case 1 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            case 2 -> "+86 " + digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
            case 3 -> fullWidth(digits);
            default -> "(86)" + digits;
        };
    }

    private static String landline(String areaCode, int i, int roll) {
        String local = Integer.toString(20_000_000 + (i * 37) % 70_000_000);
        return switch (roll % 6) {
            case 0 -> areaCode + "-" + local;
            case 1 -> "(" + areaCode + ")" + local.substring(0, 4) + " " + local.substring(4);
            case 2 -> areaCode + " " + local + "转" + (800 + roll % 100);
            case 3 -> local;
            default -> "";
        };
    }

    private static String street(Random random, int i) {
        return STREETS.get(random.nextInt(STREETS.size())) + (1 + i % 899) + "号"
                + BUILDINGS.get(random.nextInt(BUILDINGS.size())) + (random.nextInt(4) == 0 ? "" : (1 + random.nextInt(30))
                + "0" + (1 + random.nextInt(9)) + "室");
    }

    private static String fullAddress(Address place, int roll) {
        String full = switch (roll % 4) {
            case 0 -> place.province() + place.city() + place.district() + place.street();
            case 1 -> place.city() + place.district() + place.street();
            case 2 -> place.province() + " " + place.city() + " " + place.district() + " " + place.street();
            default -> place.district() + place.street();
        };
        return roll % 9 == 0 ? "\"" + full + "，近地铁站\"" : full;
    }

    private static String province(Address place, int roll) {
        if (roll % 6 == 2) {
            return "";
        }
        String p = place.province();
        return roll % 6 == 3 && p.endsWith("省") ? p.substring(0, p.length() - 1) : p;
    }

    private static String city(Address place, int roll) {
        if (roll % 7 == 3) {
            return "";
        }
        String c = place.city();
        return roll % 7 == 4 && c.endsWith("市") && c.length() > 2 ? c.substring(0, c.length() - 1) : c;
    }

    private static String notes(Random random, int roll) {
        if (roll % 5 < 2) {
            return "";
        }
        String note = NOTES.get(random.nextInt(NOTES.size()));
        return switch (roll % 25) {
            case 2 -> "\"" + note + "，\"\"重点\"\"客户,\n下次联系：" + (1 + roll % 12) + "月\"";
            case 7 -> note + "；" + NOTES.get(random.nextInt(NOTES.size())) + "；" + NOTES.get(random.nextInt(NOTES.size()));
            default -> note;
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            out.append((char) (c - '0' + '０'));
        }
        return out.toString();
    }
}
