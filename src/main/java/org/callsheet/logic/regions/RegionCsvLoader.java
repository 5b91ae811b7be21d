package org.callsheet.logic.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.callsheet.model.Region;

/**
 * Reads the adcode CSV (province, city, county rows) into the tree the rest of the app sees.
 * Three reshapes make the tree follow how people write addresses:
 * <ul>
 *   <li>the virtual cities of a municipality (北京市's 市辖区, 重庆市's 市辖区 and 县) become one city
 *       named like the municipality, so 北京市 / 北京市 / 东城区 is a path;</li>
 *   <li>county-level units governed by their province (湖北省's 仙桃市) become cities of the province;</li>
 *   <li>the virtual 市辖区 counties of ordinary cities (no coordinates, no place) are dropped.</li>
 * </ul>
 * Codes are the six-digit adcodes.
 */
final class RegionCsvLoader {

    record Loaded(List<Region> regions, Map<String, String> areaCodes, List<String> municipalities) {
    }

    private final List<Region> regions = new ArrayList<>();
    private final Map<String, String> areaCodes = new HashMap<>();
    private final List<String> municipalities = new ArrayList<>();
    /** Codes of virtual cities, to the code their children hang under instead. */
    private final Map<String, String> remappedParents = new HashMap<>();
    /** Virtual "province-governed" city codes: their counties become cities. */
    private final Map<String, String> liftedParents = new LinkedHashMap<>();
    private final Map<String, Region> byCode = new HashMap<>();

    static Loaded load(Reader source) {
        RegionCsvLoader loader = new RegionCsvLoader();
        try (BufferedReader reader = new BufferedReader(source)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("code,parent,name,level")) {
                throw new IllegalArgumentException("not an adcode region file");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    loader.row(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Loaded(List.copyOf(loader.regions), Map.copyOf(loader.areaCodes),
                List.copyOf(loader.municipalities));
    }

    private void row(String[] f) {
        String code = f[5];
        String parent = f[1].substring(0, 6);
        String name = f[2];
        String level = f[3];
        boolean municipality = "t".equals(f[9]);
        boolean virtual = "t".equals(f[10]) || "t".equals(f[11]);
        BigDecimal lon = decimal(f[12]);
        BigDecimal lat = decimal(f[13]);
        switch (level) {
            case "province" -> {
                add(new Region(code, "", name, Region.Level.PROVINCE, lon, lat), f[7]);
                if (municipality) {
                    municipalities.add(code);
                }
            }
            case "city" -> city(code, parent, name, virtual, lon, lat, f[7]);
            case "county" -> county(code, parent, name, virtual, lon, lat, f[7]);
            default -> {
                // the country row: the tree's roots are the provinces
            }
        }
    }

    private void city(String code, String parent, String name, boolean virtual, BigDecimal lon,
                      BigDecimal lat, String areaCode) {
        if (!virtual) {
            add(new Region(code, parent, name, Region.Level.CITY, lon, lat), areaCode);
            return;
        }
        if (municipalities.contains(parent)) {
            String merged = parent.substring(0, 2) + "0100";
            remappedParents.put(code, merged);
            if (!byCode.containsKey(merged)) {
                Region province = byCode.get(parent);
                add(new Region(merged, parent, province.name(), Region.Level.CITY,
                        lon != null ? lon : province.longitude(), lat != null ? lat : province.latitude()),
                        areaCode);
            }
        } else {
            liftedParents.put(code, parent);
        }
    }

    private void county(String code, String parent, String name, boolean virtual, BigDecimal lon,
                        BigDecimal lat, String areaCode) {
        if (virtual) {
            return;
        }
        String province = liftedParents.get(parent);
        if (province != null) {
            add(new Region(code, province, name, Region.Level.CITY, lon, lat), areaCode);
            return;
        }
        String actualParent = remappedParents.getOrDefault(parent, parent);
        if (byCode.containsKey(actualParent)) {
            add(new Region(code, actualParent, name, Region.Level.COUNTY, lon, lat), areaCode);
        }
    }

    private void add(Region region, String areaCode) {
        regions.add(region);
        byCode.put(region.code(), region);
        if (!areaCode.isBlank()) {
            areaCodes.put(region.code(), areaCode);
        }
    }

    private static BigDecimal decimal(String text) {
        return text.isBlank() ? null : new BigDecimal(text);
    }
}
