package org.callsheet.logic.regions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.callsheet.model.Region;

/**
 * The short forms people write instead of a region's full name: 广东 for 广东省, 深圳 for 深圳市,
 * 恩施州 and 恩施 for 恩施土家族苗族自治州, 浦东 for 浦东新区. Short forms shorter than two
 * characters are never produced (忠县 stays 忠县), since one character matches too much street text.
 */
final class RegionNames {
    private RegionNames() {
    }

    /** Provinces whose short form is not their name minus a suffix. */
    private static final Map<String, String> PROVINCE_SHORT = Map.of(
            "内蒙古自治区", "内蒙古",
            "广西壮族自治区", "广西",
            "西藏自治区", "西藏",
            "宁夏回族自治区", "宁夏",
            "新疆维吾尔自治区", "新疆",
            "香港特别行政区", "香港",
            "澳门特别行政区", "澳门");

    /** Ethnic names that open the descriptive part of an autonomous region's name. */
    private static final List<String> ETHNIC_WORDS = List.of(
            "各族", "土家族", "苗族", "朝鲜族", "藏族", "彝族", "蒙古", "哈萨克", "柯尔克孜", "傣族",
            "景颇族", "傈僳族", "白族", "哈尼族", "壮族", "布依族", "侗族", "回族", "羌族", "满族",
            "瑶族", "黎族", "土族", "水族", "畲族", "仡佬族", "佤族", "拉祜族", "纳西族", "普米族",
            "独龙族", "怒族", "仫佬族", "毛南族", "撒拉族", "保安族", "东乡族", "裕固族", "锡伯",
            "塔吉克", "达斡尔族", "鄂伦春", "鄂温克族", "维吾尔", "布朗族");

    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "特区", "地区",
            "省", "市", "区", "县", "旗", "盟");

    /** Short forms of a region's name (not including the full name itself). */
    static Set<String> shortForms(Region region) {
        String name = region.name();
        Set<String> forms = new LinkedHashSet<>();
        if (region.level() == Region.Level.PROVINCE && PROVINCE_SHORT.containsKey(name)) {
            forms.add(PROVINCE_SHORT.get(name));
            return forms;
        }
        if (name.contains("自治")) {
            String stem = beforeEthnicWord(name);
            if (stem.length() >= 2) {
                forms.add(stem);
                if (name.endsWith("自治州")) {
                    forms.add(stem + "州");
                }
            }
            return forms;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix)) {
                String stem = name.substring(0, name.length() - suffix.length());
                if (stem.length() >= 2) {
                    forms.add(stem);
                }
                break;
            }
        }
        return forms;
    }

    private static String beforeEthnicWord(String name) {
        int cut = name.indexOf("自治");
        for (String word : ETHNIC_WORDS) {
            int at = name.indexOf(word);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return name.substring(0, cut);
    }
}
