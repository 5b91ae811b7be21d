package org.callsheet.logic.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.logic.text.Characters;
import org.callsheet.model.GeoPoint;
import org.callsheet.model.Region;

/**
 * The towns (乡, 镇, 街道) of the shipped adcode data that have a centroid, by the county they lie
 * in. An address names a town when its street begins with the town's name as people write it: the
 * full name, or without a trailing 办事处 (南头街道 for 南头街道办事处). Immutable and thread-safe.
 */
public final class TownDirectory {
    private static final String SHIPPED = "/org/callsheet/regions/adcode_town.csv";
    private static final String OFFICE = "办事处";
    public static final TownDirectory NONE = new TownDirectory(Map.of());

    /** A town with its name as people write it and its centroid. */
    public record Town(String code, String countyCode, String name, String writtenName, GeoPoint centroid) {
    }

    /** Towns per county code, longest written name first (so 新城镇 wins over 新城). */
    private final Map<String, List<Town>> byCounty;

    private TownDirectory(Map<String, List<Town>> byCounty) {
        this.byCounty = byCounty;
    }

    public static TownDirectory shipped() {
        InputStream in = TownDirectory.class.getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new IllegalStateException("town data missing: " + SHIPPED);
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Towns from a CSV with the header {@code code,county,name,longitude,latitude}; closes the reader. */
    public static TownDirectory load(Reader csv) {
        Map<String, List<Town>> byCounty = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("code,county,name,longitude,latitude")) {
                throw new IllegalArgumentException("not a town file");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length >= 5 && !f[3].isBlank() && !f[4].isBlank()) {
                    String name = f[2].strip();
                    String written = name.endsWith(OFFICE) && name.length() > OFFICE.length() + 1
                            ? name.substring(0, name.length() - OFFICE.length()) : name;
                    Town town = new Town(f[0], f[1], name, written,
                            new GeoPoint(new BigDecimal(f[4].strip()), new BigDecimal(f[3].strip())));
                    byCounty.computeIfAbsent(town.countyCode(), k -> new ArrayList<>()).add(town);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byCounty.replaceAll((county, towns) -> towns.stream()
                .sorted(Comparator.comparingInt((Town t) -> t.writtenName().length()).reversed()).toList());
        return new TownDirectory(Map.copyOf(byCounty));
    }

    /** The town of {@code region} (a county, or a county-level city) that the street begins with. */
    public Optional<Town> find(Region region, String street) {
        if (street == null || street.isBlank()) {
            return Optional.empty();
        }
        String text = Characters.halfWidth(street).strip();
        for (Town town : byCounty.getOrDefault(region.code(), List.of())) {
            if (text.startsWith(town.name()) || text.startsWith(town.writtenName())) {
                return Optional.of(town);
            }
        }
        return Optional.empty();
    }

    /** How many towns are known. */
    public int size() {
        return byCounty.values().stream().mapToInt(List::size).sum();
    }
}
