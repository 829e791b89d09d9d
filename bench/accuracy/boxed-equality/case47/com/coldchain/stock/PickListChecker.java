package com.coldchain.stock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class PickListChecker {

    private final NamedParameterJdbcTemplate jdbc;

    public PickListChecker(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PickShortage check(long waveId) {
        Map<Long, Integer> picked = quantitiesByProduct(
                "select product_id, sum(qty) from pick_line where wave_id = :wave group by product_id", waveId);
        Map<Long, Integer> onHand = quantitiesByProduct(
                "select s.product_id, s.qty from bin_stock s join pick_line p on p.product_id = s.product_id"
                        + " where p.wave_id = :wave", waveId);

        List<Long> exhausted = new ArrayList<>();
        List<Long> shortList = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : picked.entrySet()) {
            int onHandQty = onHand.getOrDefault(entry.getKey(), 0);
            if (entry.getValue() == onHandQty) {
                exhausted.add(entry.getKey());
            } else if (entry.getValue() > onHandQty) {
                shortList.add(entry.getKey());
            }
        }
        return new PickShortage(exhausted, shortList);
    }

    private Map<Long, Integer> quantitiesByProduct(String sql, long waveId) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.query(sql, Map.of("wave", waveId), rs -> {
            result.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
        });
        return result;
    }
}
