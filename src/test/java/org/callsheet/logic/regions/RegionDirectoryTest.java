package org.callsheet.logic.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.callsheet.model.Address;
import org.callsheet.model.Region;
import org.junit.jupiter.api.Test;

class RegionDirectoryTest {
    private static final RegionDirectory DIRECTORY = RegionDirectory.shipped();

    @Test
    void hasAllProvincesAndNoVirtualPlaces() {
        assertThat(DIRECTORY.provinces()).hasSize(34);
        assertThat(DIRECTORY.all()).noneMatch(r -> r.name().equals("市辖区") || r.name().contains("直辖县级"));
        assertThat(DIRECTORY.all()).filteredOn(r -> r.level() == Region.Level.COUNTY).hasSizeGreaterThan(2800);
    }

    @Test
    void municipalityHasOneCityNamedLikeIt() {
        Region beijing = DIRECTORY.byName("北京市").stream()
                .filter(r -> r.level() == Region.Level.PROVINCE).findFirst().orElseThrow();
        assertThat(DIRECTORY.children(beijing)).extracting(Region::name).containsExactly("北京市");
        Region city = DIRECTORY.children(beijing).getFirst();
        assertThat(city.code()).isEqualTo("110100");
        assertThat(DIRECTORY.children(city)).extracting(Region::name).contains("东城区", "朝阳区", "海淀区");
        assertThat(DIRECTORY.isMunicipality(city)).isTrue();
    }

    @Test
    void chongqingCountiesAndDistrictsShareOneCity() {
        Region city = DIRECTORY.byCode("500100").orElseThrow();
        assertThat(city.name()).isEqualTo("重庆市");
        assertThat(DIRECTORY.children(city)).extracting(Region::name).contains("渝中区", "忠县", "奉节县");
        assertThat(DIRECTORY.byCode("500200")).isEmpty();
    }

    @Test
    void provinceGovernedCountyCitiesAreCities() {
        Region xiantao = DIRECTORY.byName("仙桃市").getFirst();
        assertThat(xiantao.level()).isEqualTo(Region.Level.CITY);
        assertThat(xiantao.parentCode()).isEqualTo("420000");
        assertThat(DIRECTORY.districtsOrSelf(xiantao)).containsExactly(xiantao);
    }

    @Test
    void looksUpByBothCodeForms() {
        assertThat(DIRECTORY.byCode("440305")).map(Region::name).contains("南山区");
        assertThat(DIRECTORY.byCode("440305000000")).map(Region::name).contains("南山区");
        assertThat(DIRECTORY.byCode("999999")).isEmpty();
        assertThat(DIRECTORY.byCode(null)).isEmpty();
    }

    @Test
    void sharedNamesGiveSeveralRegions() {
        assertThat(DIRECTORY.byName("朝阳区")).extracting(Region::code).containsExactlyInAnyOrder("110105", "220104");
    }

    @Test
    void resolvesAddressesToTheMostSpecificRegion() {
        assertThat(DIRECTORY.resolve(new Address("", "北京市", "北京市", "东城区"))).map(Region::code).contains("110101");
        assertThat(DIRECTORY.resolve(new Address("", "吉林省", "长春市", "朝阳区"))).map(Region::code).contains("220104");
        assertThat(DIRECTORY.resolve(new Address("", "", "深圳市", ""))).map(Region::code).contains("440300");
        assertThat(DIRECTORY.resolve(new Address("", "广东省", "", "南山区"))).map(Region::code).contains("440305");
        assertThat(DIRECTORY.resolve(new Address("", "火星省", "", ""))).isEmpty();
        assertThat(DIRECTORY.resolve(Address.EMPTY)).isEmpty();
    }

    @Test
    void buildsAddressesWithFullNames() {
        Region dongcheng = DIRECTORY.byCode("110101").orElseThrow();
        assertThat(DIRECTORY.addressOf(dongcheng, "东长安街1号"))
                .isEqualTo(new Address("东长安街1号", "北京市", "北京市", "东城区"));
        Region shanghai = DIRECTORY.byCode("310000").orElseThrow();
        assertThat(DIRECTORY.addressOf(shanghai, "")).isEqualTo(new Address("", "上海市", "上海市", ""));
    }

    @Test
    void centroidFallsBackToAncestor() {
        Region nanshan = DIRECTORY.byCode("440305").orElseThrow();
        assertThat(DIRECTORY.centroid(nanshan)).hasValueSatisfying(p -> {
            assertThat(p.latitude()).isBetween(new BigDecimal("22.4"), new BigDecimal("22.7"));
            assertThat(p.longitude()).isBetween(new BigDecimal("113.8"), new BigDecimal("114.1"));
        });
        Region withoutCoordinates = DIRECTORY.byCode("130421").orElseThrow();
        assertThat(withoutCoordinates.latitude()).isNull();
        assertThat(DIRECTORY.centroid(withoutCoordinates))
                .isEqualTo(DIRECTORY.centroid(DIRECTORY.byCode("130400").orElseThrow()));
    }

    @Test
    void areaCodesComeFromRegionOrAncestor() {
        assertThat(DIRECTORY.areaCode(DIRECTORY.byCode("440305").orElseThrow())).contains("0755");
        assertThat(DIRECTORY.areaCode(DIRECTORY.byCode("110101").orElseThrow())).contains("010");
        assertThat(DIRECTORY.areaCode(DIRECTORY.byCode("810000").orElseThrow())).isEmpty();
    }
}
