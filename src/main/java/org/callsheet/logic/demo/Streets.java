package org.callsheet.logic.demo;

import java.util.List;

/** Street addresses below the district: road, number and sometimes a building and floor. */
final class Streets {
    private static final List<String> ROADS = List.of(
            "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "胜利路", "文化路", "工业大道",
            "科技园南路", "高新大道", "创业路", "长江路", "黄河路", "滨江大道", "迎宾大道", "朝阳路",
            "青年路", "光明路", "幸福路", "振兴路", "东风路", "团结路", "友谊路", "府前街", "商业街",
            "学府路", "环城东路", "环城西路", "金融街", "湖滨路", "站前路", "兴业路", "开发区大道");
    private static final List<String> BUILDINGS = List.of(
            "大厦", "科技园", "商务中心", "写字楼", "工业园", "产业园", "广场");
    private static final List<String> BUILDING_NAMES = List.of(
            "国贸", "金融", "创新", "世纪", "环球", "天安", "华润", "中信", "财富", "时代");

    private Streets() {
    }

    static String street(DemoRandom random) {
        StringBuilder street = new StringBuilder(random.pick(ROADS)).append(random.between(1, 999)).append('号');
        if (random.chance(0.4)) {
            street.append(random.pick(BUILDING_NAMES)).append(random.pick(BUILDINGS));
            if (random.chance(0.6)) {
                street.append(random.between(1, 30)).append("楼").append(random.between(1, 30))
                        .append(String.format("%02d", random.between(1, 20))).append("室");
            }
        }
        return street.toString();
    }
}
