package org.callsheet.logic.regions;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.callsheet.model.Address;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.Region;

/**
 * The administrative divisions of China (provinces, cities, counties) with their centroids and
 * telephone area codes, from the shipped adcode data (see {@link RegionCsvLoader} for how the
 * tree is shaped). Immutable and safe to share between threads.
 */
public final class RegionDirectory {
    private static final String SHIPPED = "/org/callsheet/regions/adcode_province_city_county.csv";

    private final List<Region> regions;
    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, String> areaCodes;
    private final Set<String> municipalities;

    private RegionDirectory(RegionCsvLoader.Loaded loaded) {
        this.regions = loaded.regions();
        this.areaCodes = loaded.areaCodes();
        this.municipalities = new HashSet<>(loaded.municipalities());
        for (Region region : regions) {
            byCode.put(region.code(), region);
            children.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
            byName.computeIfAbsent(region.name(), k -> new ArrayList<>()).add(region);
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        byName.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The directory built from the region data shipped inside the app. */
    public static RegionDirectory shipped() {
        InputStream in = RegionDirectory.class.getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new IllegalStateException("region data missing: " + SHIPPED);
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** A directory read from an adcode CSV (header line first); closes the reader. */
    public static RegionDirectory load(Reader csv) {
        return new RegionDirectory(RegionCsvLoader.load(csv));
    }

    public List<Region> all() {
        return regions;
    }

    /** The short forms people write for a region (广东 for 广东省, 恩施 for 恩施土家族苗族自治州). */
    public java.util.Set<String> shortForms(Region region) {
        return RegionNames.shortForms(region);
    }

    public List<Region> provinces() {
        return children("");
    }

    /** Direct children; {@code ""} gives the provinces. */
    public List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    public List<Region> children(Region region) {
        return children(region.code());
    }

    /** By six-digit adcode or the twelve-digit statistical code. */
    public Optional<Region> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.strip();
        if (key.length() == 12 && key.endsWith("000000")) {
            key = key.substring(0, 6);
        }
        return Optional.ofNullable(byCode.get(key));
    }

    /** Regions with exactly this full name (several counties share names, e.g. 朝阳区). */
    public List<Region> byName(String name) {
        return name == null ? List.of() : byName.getOrDefault(name.strip(), List.of());
    }

    public Optional<Region> parent(Region region) {
        return byCode(region.parentCode());
    }

    public Region province(Region region) {
        Region r = region;
        while (r.level() != Region.Level.PROVINCE) {
            r = byCode.get(r.parentCode());
        }
        return r;
    }

    /** True for 北京市, 天津市, 上海市 and 重庆市 (and their single city). */
    public boolean isMunicipality(Region region) {
        return municipalities.contains(province(region).code());
    }

    /**
     * The most specific region named by an address's province, city and district (full names;
     * empty parts are skipped, so a city alone is enough when its name is unique).
     */
    public Optional<Region> resolve(Address address) {
        return resolve(address.province(), address.city(), address.district());
    }

    public Optional<Region> resolve(String province, String city, String district) {
        Region found = null;
        if (!province.isBlank()) {
            found = unique(filter(byName(province), Region.Level.PROVINCE, null));
            if (found == null) {
                return Optional.empty();
            }
        }
        if (!city.isBlank()) {
            Region c = unique(filter(byName(city), Region.Level.CITY, found));
            if (c != null) {
                found = c;
            } else if (found == null) {
                return Optional.empty();
            }
        }
        if (!district.isBlank()) {
            Region d = unique(filter(byName(district), Region.Level.COUNTY, found));
            if (d != null) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The address parts naming this region, full names, with the given street. */
    public Address addressOf(Region region, String street) {
        Region province = province(region);
        return switch (region.level()) {
            case PROVINCE -> new Address(street, province.name(),
                    municipalities.contains(province.code()) ? province.name() : "", "");
            case CITY -> new Address(street, province.name(), region.name(), "");
            case COUNTY -> new Address(street, province.name(), byCode.get(region.parentCode()).name(),
                    region.name());
        };
    }

    /** The region's centroid, or its nearest ancestor's when the data has none. */
    public Optional<GeoPoint> centroid(Region region) {
        for (Region r = region; r != null; r = byCode.get(r.parentCode())) {
            if (r.latitude() != null && r.longitude() != null) {
                return Optional.of(new GeoPoint(r.latitude(), r.longitude()));
            }
        }
        return Optional.empty();
    }

    /** Long-distance dialling code with its trunk 0 ("0755", "010"), from the region or an ancestor. */
    public Optional<String> areaCode(Region region) {
        for (Region r = region; r != null; r = byCode.get(r.parentCode())) {
            String code = areaCodes.get(r.code());
            if (code != null) {
                return code.startsWith("0") ? Optional.of(code) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The counties of a city, or the city itself when it has none (东莞市, 仙桃市). */
    public List<Region> districtsOrSelf(Region city) {
        List<Region> kids = children(city);
        return kids.isEmpty() ? List.of(city) : kids;
    }

    /** True when {@code ancestor} is the region itself or one of its ancestors. */
    public boolean isWithin(Region region, Region ancestor) {
        for (Region r = region; r != null; r = byCode.get(r.parentCode())) {
            if (r.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    private List<Region> filter(List<Region> candidates, Region.Level level, Region within) {
        return candidates.stream()
                .filter(r -> r.level() == level)
                .filter(r -> within == null || isWithin(r, within))
                .toList();
    }

    private static Region unique(List<Region> candidates) {
        return candidates.size() == 1 ? candidates.getFirst() : null;
    }
}
