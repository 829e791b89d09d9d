package com.acme.catalog.sync;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class CatalogSyncJob {

    private static final Logger log = LoggerFactory.getLogger(CatalogSyncJob.class);

    private final SupplierClient supplier;
    private final JdbcTemplate jdbc;

    public CatalogSyncJob(SupplierClient supplier, JdbcTemplate jdbc) {
        this.supplier = supplier;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${catalog.sync.cron:0 15 * * * *}")
    public void sync() {
        Set<Long> discontinued = Set.copyOf(
                jdbc.queryForList("SELECT supplier_product_id FROM discontinued_products", Long.class));
        List<SupplierProductDto> products = supplier.fetchAll();
        int updated = 0;
        for (SupplierProductDto product : products) {
            if (discontinued.contains(product.id())) {
                continue;
            }
            updated += jdbc.update(
                    "UPDATE products SET name = ?, price = ?, stock = ? WHERE supplier_ref = ?",
                    product.name(), product.price(), product.stock(), product.id());
        }
        log.info("Catalog sync updated {} of {} supplier products", updated, products.size());
    }
}
