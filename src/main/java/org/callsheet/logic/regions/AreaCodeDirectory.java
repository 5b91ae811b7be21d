package org.callsheet.logic.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.callsheet.model.Phone;
import org.callsheet.model.Region;

/**
 * The city a landline's long-distance area code belongs to (shipped {@code district-code.csv}).
 * A code shared by several cities (0719: 十堰市 and 神农架) gives no city: it would be a guess.
 */
public final class AreaCodeDirectory {
    private static final String SHIPPED = "/org/callsheet/regions/district-code.csv";

    private final Map<String, Region> cityByCode;

    private AreaCodeDirectory(Map<String, Region> cityByCode) {
        this.cityByCode = Map.copyOf(cityByCode);
    }

    public static AreaCodeDirectory shipped(RegionDirectory regions) {
        InputStream in = AreaCodeDirectory.class.getResourceAsStream(SHIPPED);
        if (in == null) {
            throw new IllegalStateException("area code data missing: " + SHIPPED);
        }
        Map<String, List<Region>> cities = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split(",");
                if (parts.length == 2) {
                    // a municipality is both a province and its one city of the same name: take the city
                    List<Region> named = regions.byName(parts[0].strip()).stream()
                            .filter(r -> r.level() == Region.Level.CITY).toList();
                    cities.computeIfAbsent(parts[1].strip(), k -> new ArrayList<>()).addAll(named);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Region> unique = new HashMap<>();
        cities.forEach((code, found) -> {
            if (found.size() == 1) {
                unique.put(code, found.getFirst());
            }
        });
        return new AreaCodeDirectory(unique);
    }

    /** The city of a Chinese landline (mobile numbers and foreign numbers give none). */
    public Optional<Region> city(Phone phone) {
        String digits = phone.digits();
        String national;
        if (digits.startsWith("86") && phone.normalized().startsWith("+")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return Optional.empty();
        }
        if (national.length() < 9 || national.startsWith("1") && !national.startsWith("10")) {
            return Optional.empty();
        }
        Region twoDigit = cityByCode.get("0" + national.substring(0, 2));
        return twoDigit != null ? Optional.of(twoDigit)
                : Optional.ofNullable(cityByCode.get("0" + national.substring(0, 3)));
    }
}
