package com.verdant.inventory.legacy;

import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class LegacyStockReader {

    private final NamedParameterJdbcTemplate legacyInventoryJdbc;

    public LegacyStockReader(NamedParameterJdbcTemplate legacyInventoryJdbc) {
        this.legacyInventoryJdbc = legacyInventoryJdbc;
    }

    public int onHand(String sku, String site) {
        Integer qty = legacyInventoryJdbc.queryForObject(
                "SELECT NVL(SUM(QTY_ON_HAND), 0) FROM INV_STOCK WHERE SKU = :sku AND SITE_CODE = :site",
                Map.of("sku", sku, "site", site),
                Integer.class);
        return qty == null ? 0 : qty;
    }
}
