package com.warehousely.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class AllocationAuditService {

    private final NamedParameterJdbcTemplate jdbc;

    public AllocationAuditService(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AllocationReport audit(String warehouseCode) {
        Map<Long, Integer> reserved = quantitiesBySku(
                "select sku_id, sum(qty) from reservation where warehouse = :wh group by sku_id", warehouseCode);
        Map<Long, Integer> onHand = quantitiesBySku(
                "select sku_id, qty from stock_level where warehouse = :wh", warehouseCode);

        List<Long> full = new ArrayList<>();
        List<Long> over = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : reserved.entrySet()) {
            Integer available = onHand.get(entry.getKey());
            if (available == null) {
                over.add(entry.getKey());
            } else if (entry.getValue() == available) {
                full.add(entry.getKey());
            } else if (entry.getValue() > available) {
                over.add(entry.getKey());
            }
        }
        return new AllocationReport(full, over);
    }

    private Map<Long, Integer> quantitiesBySku(String sql, String warehouseCode) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.query(sql, Map.of("wh", warehouseCode), rs -> {
            result.put(rs.getLong(1), rs.getInt(2));
        });
        return result;
    }
}
