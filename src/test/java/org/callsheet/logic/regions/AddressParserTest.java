package org.callsheet.logic.regions;

import static org.assertj.core.api.Assertions.assertThat;

import org.callsheet.model.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressParserTest {
    private static final RegionDirectory DIRECTORY = RegionDirectory.shipped();
    private static final AddressParser PARSER = new AddressParser(DIRECTORY);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "~", textBlock = """
            广东省深圳市南山区科技园南路15号        | 广东省   | 深圳市   | 南山区   | 科技园南路15号
            廣東省深圳市南山區科技園南路15號        | 广东省   | 深圳市   | 南山区   | 科技園南路15號
            陝西咸陽乾縣城關鎮                      | 陕西省   | 咸阳市   | 乾县     | 城關鎮
            陕西省咸阳市乾县城关镇                  | 陕西省   | 咸阳市   | 乾县     | 城关镇
            深圳南山区科技园南路15号                | 广东省   | 深圳市   | 南山区   | 科技园南路15号
            深圳市南山区                            | 广东省   | 深圳市   | 南山区   | ''
            广东深圳南山科技园                      | 广东省   | 深圳市   | 南山区   | 科技园
            北京市朝阳区建国路88号                  | 北京市   | 北京市   | 朝阳区   | 建国路88号
            北京朝阳区建国路88号                    | 北京市   | 北京市   | 朝阳区   | 建国路88号
            北京市北京市东城区东长安街1号           | 北京市   | 北京市   | 东城区   | 东长安街1号
            北京市市辖区海淀区中关村大街1号         | 北京市   | 北京市   | 海淀区   | 中关村大街1号
            上海浦东新区世纪大道100号               | 上海市   | 上海市   | 浦东新区 | 世纪大道100号
            上海市浦东新区世纪大道100号             | 上海市   | 上海市   | 浦东新区 | 世纪大道100号
            浦东新区世纪大道100号                   | 上海市   | 上海市   | 浦东新区 | 世纪大道100号
            重庆市渝中区解放碑                      | 重庆市   | 重庆市   | 渝中区   | 解放碑
            重庆奉节县白帝城                        | 重庆市   | 重庆市   | 奉节县   | 白帝城
            天津滨海新区第三大街                    | 天津市   | 天津市   | 滨海新区 | 第三大街
            吉林省吉林市船营区北京路                | 吉林省   | 吉林市   | 船营区   | 北京路
            吉林市船营区北京路                      | 吉林省   | 吉林市   | 船营区   | 北京路
            吉林省长春市朝阳区人民大街              | 吉林省   | 长春市   | 朝阳区   | 人民大街
            长春朝阳区人民大街                      | 吉林省   | 长春市   | 朝阳区   | 人民大街
            江苏省苏州市昆山市前进中路               | 江苏省   | 苏州市   | 昆山市   | 前进中路
            江苏昆山市前进中路                      | 江苏省   | 苏州市   | 昆山市   | 前进中路
            浙江省杭州市西湖区文三路                | 浙江省   | 杭州市   | 西湖区   | 文三路
            杭州西湖区文三路                        | 浙江省   | 杭州市   | 西湖区   | 文三路
            湖北省仙桃市仙桃大道                    | 湖北省   | 仙桃市   | ''       | 仙桃大道
            湖北恩施州恩施市航空大道                | 湖北省   | 恩施土家族苗族自治州 | 恩施市 | 航空大道
            内蒙古呼和浩特市新城区                  | 内蒙古自治区 | 呼和浩特市 | 新城区 | ''
            广西南宁市青秀区民族大道                | 广西壮族自治区 | 南宁市 | 青秀区 | 民族大道
            新疆乌鲁木齐市天山区                    | 新疆维吾尔自治区 | 乌鲁木齐市 | 天山区 | ''
            广东省东莞市松山湖                      | 广东省   | 东莞市   | ''       | 松山湖
            东莞市长安镇                            | 广东省   | 东莞市   | ''       | 长安镇
            香港特别行政区中环皇后大道中            | 香港特别行政区 | ''   | ''       | 中环皇后大道中
            中国广东省广州市天河区天河路385号       | 广东省   | 广州市   | 天河区   | 天河路385号
            广东省 广州市 天河区 天河路385号        | 广东省   | 广州市   | 天河区   | 天河路385号
            广东省，广州市，越秀区，中山五路          | 广东省   | 广州市   | 越秀区   | 中山五路
            ｜广州市越秀区中山五路                  | 广东省   | 广州市   | 越秀区   | 中山五路
            云南省西双版纳傣族自治州景洪市          | 云南省   | 西双版纳傣族自治州 | 景洪市 | ''
            四川省成都市武侯区人民南路四段          | 四川省   | 成都市   | 武侯区   | 人民南路四段
            四川成都市高新区天府大道                | 四川省   | 成都市   | ''       | 高新区天府大道
            新疆石河子市北四路                      | 新疆维吾尔自治区 | 石河子市 | '' | 北四路
            黑龙江哈尔滨市南岗区西大直街            | 黑龙江省 | 哈尔滨市 | 南岗区   | 西大直街
            福建省福州市鼓楼区五四路                | 福建省   | 福州市   | 鼓楼区   | 五四路
            深圳市南山区南山大道1088号              | 广东省   | 深圳市   | 南山区   | 南山大道1088号
            广东省广州市                            | 广东省   | 广州市   | ''       | ''
            广东省                                  | 广东省   | ''       | ''       | ''
            上海                                    | 上海市   | 上海市   | ''       | ''
            中国香港九龙弥敦道                      | 香港特别行政区 | ''   | ''       | 九龙弥敦道
            """)
    void splitsRealAddressShapes(String input, String province, String city, String district, String street) {
        assertThat(PARSER.parse(input)).isEqualTo(new Address(street, province, city, district));
    }

    @Test
    void streetsNamedAfterPlacesAreNotPlaces() {
        assertThat(PARSER.parse("中山路88号")).isEqualTo(new Address("中山路88号", "", "", ""));
        assertThat(PARSER.parse("北京路步行街")).isEqualTo(new Address("北京路步行街", "", "", ""));
    }

    @Test
    void shortDistrictNameFollowedByRoadIsStreet() {
        assertThat(PARSER.parse("深圳市福田路1号")).isEqualTo(new Address("福田路1号", "广东省", "深圳市", ""));
    }

    @Test
    void ambiguousDistrictKeepsOnlyWhatIsCertain() {
        assertThat(PARSER.parse("朝阳区建国路")).isEqualTo(new Address("朝阳区建国路", "", "", ""));
        assertThat(PARSER.parse("江苏省鼓楼区中山路"))
                .isEqualTo(new Address("鼓楼区中山路", "江苏省", "", ""));
    }

    @Test
    void fullWidthDigitsAndBlankInput() {
        Address address = PARSER.parse("  深圳市南山区科技园１５号 ");
        assertThat(address.district()).as("full-width text finds its places").isEqualTo("南山区");
        assertThat(address.street()).as("and the street stays as written").isEqualTo("科技园１５号");
        assertThat(PARSER.parse("-5号楼")).isEqualTo(new Address("-5号楼", "", "", ""));
        assertThat(PARSER.parse(" 中国 广东省深圳市南山区-5号楼").street()).isEqualTo("5号楼");
        assertThat(PARSER.parse("")).isEqualTo(Address.EMPTY);
        assertThat(PARSER.parse(null)).isEqualTo(Address.EMPTY);
        assertThat(PARSER.parse("科技园南路15号")).isEqualTo(new Address("科技园南路15号", "", "", ""));
    }

    @Test
    void everyCountyParsesBackFromItsFullAddress() {
        DIRECTORY.all().forEach(region -> {
            Address address = DIRECTORY.addressOf(region, "幸福路1号");
            String text = address.province() + address.city() + address.district() + address.street();
            assertThat(PARSER.parse(text)).as(text).isEqualTo(address);
        });
    }

    @Test
    void parsesAHundredThousandAddressesQuickly() {
        String[] samples = {"广东省深圳市南山区科技园南路15号", "北京朝阳区建国路88号", "上海浦东新区世纪大道100号",
                "杭州西湖区文三路", "江苏昆山市前进中路", "科技园南路15号"};
        long started = System.nanoTime();
        int withRegion = 0;
        for (int i = 0; i < 100_000; i++) {
            if (PARSER.parse(samples[i % samples.length]).hasRegion()) {
                withRegion++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(withRegion).isEqualTo(83_334);
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void normalizesShortRegionPartsAndFreeStreets() {
        assertThat(PARSER.normalize(new Address("科技园南路15号", "广东", "深圳", "南山")))
                .isEqualTo(new Address("科技园南路15号", "广东省", "深圳市", "南山区"));
        assertThat(PARSER.normalize(new Address("建国路88号", "北京", "", "朝阳区")))
                .isEqualTo(new Address("建国路88号", "北京市", "北京市", "朝阳区"));
        assertThat(PARSER.normalize(new Address("上海浦东新区世纪大道100号", "", "", "")))
                .isEqualTo(new Address("世纪大道100号", "上海市", "上海市", "浦东新区"));
        Address unknown = new Address("1号", "火星", "", "");
        assertThat(PARSER.normalize(unknown)).isEqualTo(unknown);
    }
}
