package org.callsheet.logic.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.logic.regions.RegionDirectory;
import org.callsheet.model.Region;

/**
 * Draws the district a demo customer sits in, weighted so that the big business cities hold
 * most customers: each city gets a weight by its economic weight, shared evenly by its districts.
 * Hong Kong, Macao and Taiwan are left out (the data has no districts or mainland area codes there).
 */
final class RegionSampler {

    private static final Map<String, Double> CITY_WEIGHTS = cityWeights();

    private final List<Region> districts = new ArrayList<>();
    private final double[] cumulative;

    RegionSampler(RegionDirectory directory) {
        List<Double> weights = new ArrayList<>();
        for (Region province : directory.provinces()) {
            for (Region city : directory.children(province)) {
                List<Region> places = directory.districtsOrSelf(city);
                double share = CITY_WEIGHTS.getOrDefault(city.name(), 1.0) / places.size();
                for (Region place : places) {
                    districts.add(place);
                    weights.add(share);
                }
            }
        }
        cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
    }

    /** A county, or a city without counties (东莞市, 仙桃市). */
    Region next(DemoRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, target);
        return districts.get(i >= 0 ? i : Math.min(-i - 1, districts.size() - 1));
    }

    private static Map<String, Double> cityWeights() {
        Map<String, Double> weights = new HashMap<>();
        for (String city : List.of("北京市", "上海市", "广州市", "深圳市")) {
            weights.put(city, 40.0);
        }
        for (String city : List.of("重庆市", "天津市", "杭州市", "成都市", "武汉市", "南京市", "苏州市",
                "西安市", "东莞市", "佛山市")) {
            weights.put(city, 18.0);
        }
        for (String city : List.of("长沙市", "郑州市", "青岛市", "宁波市", "厦门市", "合肥市", "济南市",
                "沈阳市", "大连市", "福州市", "无锡市", "昆明市", "哈尔滨市", "石家庄市", "南昌市", "长春市",
                "温州市", "泉州市", "南宁市", "贵阳市", "太原市", "常州市", "烟台市", "嘉兴市", "金华市",
                "绍兴市", "珠海市", "惠州市", "中山市", "南通市", "徐州市", "潍坊市")) {
            weights.put(city, 7.0);
        }
        return Map.copyOf(weights);
    }
}
