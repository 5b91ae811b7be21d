package org.callsheet.logic.demo;

import java.util.List;

/** An industry a demo customer belongs to, with the words its company names use. */
record Industry(String name, List<String> nameWords, double marginFrom, double marginTo) {

    static final List<Industry> ALL = List.of(
            new Industry("制造业", List.of("机械", "五金", "模具", "精密制造", "机电设备"), 0.15, 0.30),
            new Industry("批发零售", List.of("贸易", "商贸", "百货", "实业", "供应链"), 0.08, 0.18),
            new Industry("信息技术", List.of("科技", "信息技术", "网络科技", "软件", "数据"), 0.30, 0.55),
            new Industry("电子电器", List.of("电子", "电器", "光电", "电气", "智能科技"), 0.15, 0.30),
            new Industry("建筑工程", List.of("建设工程", "建材", "装饰工程", "建筑"), 0.10, 0.22),
            new Industry("餐饮酒店", List.of("餐饮管理", "酒店管理", "食品"), 0.20, 0.40),
            new Industry("医疗健康", List.of("医疗器械", "医药", "生物科技", "健康管理"), 0.25, 0.50),
            new Industry("教育培训", List.of("教育科技", "培训", "文化传播"), 0.30, 0.60),
            new Industry("物流运输", List.of("物流", "运输", "国际货运代理", "仓储"), 0.08, 0.18),
            new Industry("化工", List.of("化工", "新材料", "涂料", "塑胶"), 0.12, 0.25),
            new Industry("纺织服装", List.of("服饰", "纺织", "制衣", "鞋业"), 0.15, 0.35),
            new Industry("汽车配件", List.of("汽车配件", "汽车服务", "汽车贸易"), 0.10, 0.25),
            new Industry("农业食品", List.of("农业科技", "食品", "农产品", "生态农业"), 0.10, 0.25),
            new Industry("印刷包装", List.of("印刷", "包装", "纸业"), 0.12, 0.28),
            new Industry("办公用品", List.of("办公设备", "文具", "办公用品"), 0.15, 0.30));
}
