package org.callsheet.ui.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.callsheet.logic.visits.PlacedCandidate;
import org.callsheet.logic.visits.VisitArea;

/**
 * A node of the area tree: a province, city or district with how many located candidates lie in
 * it; a district node carries its key ({@link VisitArea#districtKey()}), the others have none.
 */
public record AreaNode(String name, String districtKey, int count, List<AreaNode> children) {
    public AreaNode {
        children = List.copyOf(children);
    }

    public boolean district() {
        return districtKey != null;
    }

    /** Provinces → cities → districts of the located candidates, each level by name. */
    public static List<AreaNode> tree(List<PlacedCandidate> candidates) {
        Map<String, Map<String, Map<String, List<PlacedCandidate>>>> grouped = new TreeMap<>();
        for (PlacedCandidate c : candidates) {
            if (c.located()) {
                VisitArea a = c.area();
                grouped.computeIfAbsent(a.province(), k -> new TreeMap<>())
                        .computeIfAbsent(a.city(), k -> new TreeMap<>())
                        .computeIfAbsent(a.district(), k -> new ArrayList<>()).add(c);
            }
        }
        List<AreaNode> provinces = new ArrayList<>();
        grouped.forEach((province, cities) -> {
            List<AreaNode> cityNodes = new ArrayList<>();
            cities.forEach((city, districts) -> {
                List<AreaNode> districtNodes = new ArrayList<>();
                districts.forEach((district, list) -> {
                    districtNodes.add(new AreaNode(district, list.getFirst().area().districtKey(), list.size(),
                            List.of()));
                });
                cityNodes.add(new AreaNode(city, null, sum(districtNodes), districtNodes));
            });
            provinces.add(new AreaNode(province, null, sum(cityNodes), cityNodes));
        });
        return provinces;
    }

    /** Every district key at or under this node. */
    public List<String> districtKeys() {
        if (district()) {
            return List.of(districtKey);
        }
        List<String> keys = new ArrayList<>();
        children.forEach(c -> keys.addAll(c.districtKeys()));
        return keys;
    }

    private static int sum(List<AreaNode> nodes) {
        return nodes.stream().mapToInt(AreaNode::count).sum();
    }
}
