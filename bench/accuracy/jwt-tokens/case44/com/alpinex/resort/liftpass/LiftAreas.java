package com.alpinex.resort.liftpass;

import java.util.Map;
import java.util.Set;

final class LiftAreas {

    private static final Map<String, Set<String>> LIFTS_BY_AREA = Map.of(
            "valley", Set.of("L1", "L2", "G1"),
            "glacier", Set.of("L1", "L2", "G1", "G2", "G3"),
            "all", Set.of("L1", "L2", "L3", "G1", "G2", "G3", "C1"));

    private LiftAreas() {
    }

    static boolean covers(String area, String liftId) {
        return area != null && LIFTS_BY_AREA.getOrDefault(area, Set.of()).contains(liftId);
    }
}
