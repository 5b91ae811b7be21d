package org.callsheet.logic.demo;

import java.util.List;

/**
 * Chinese personal names: a surname drawn with weights close to how common the surnames are,
 * then one or two given-name characters.
 */
final class PersonNames {

    /** The most common surnames, most frequent first; the first ones are drawn far more often. */
    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
            "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
            "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
            "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
            "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
            "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "诸葛");

    private static final List<String> GIVEN_MALE = List.of(
            "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
            "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "洋",
            "建", "国", "志", "文", "海", "峰", "东", "晨", "阳", "博", "亮", "成", "德", "永", "庆");

    private static final List<String> GIVEN_FEMALE = List.of(
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "桂", "英", "华", "红", "梅",
            "婷", "雪", "慧", "莉", "琳", "燕", "萍", "颖", "倩", "洁", "欣", "怡", "晶", "璐", "佳",
            "月", "琴", "云", "丹", "蕾", "薇", "雯", "悦", "瑶", "妍", "思", "雨", "嘉", "春", "晓");

    private PersonNames() {
    }

    static String surname(DemoRandom random) {
        // squaring a uniform number favours the front of the list, as real surnames are
        double u = random.nextDouble();
        return SURNAMES.get((int) (u * u * SURNAMES.size()));
    }

    static String givenName(DemoRandom random) {
        List<String> chars = random.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE;
        String first = random.pick(chars);
        return random.chance(0.35) ? first : first + random.pick(chars);
    }

    /** A name in its two parts, for e-mail addresses written as given.surname. */
    record Name(String surname, String given) {
        String full() {
            return surname + given;
        }
    }

    static Name next(DemoRandom random) {
        return new Name(surname(random), givenName(random));
    }
}
