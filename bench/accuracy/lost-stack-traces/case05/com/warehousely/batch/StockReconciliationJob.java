package com.warehousely.batch;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class StockReconciliationJob extends AbstractBatchJob {

    private static final String RECONCILE = """
            UPDATE stock s
               SET quantity = (SELECT COALESCE(SUM(m.delta), 0) FROM stock_movement m WHERE m.sku = s.sku)
             WHERE s.quantity <> (SELECT COALESCE(SUM(m.delta), 0) FROM stock_movement m WHERE m.sku = s.sku)
            """;

    private final JdbcTemplate jdbc;

    public StockReconciliationJob(JdbcTemplate jdbc) {
        super("stock-reconciliation");
        this.jdbc = jdbc;
    }

    @Override
    protected int execute(String batchId) {
        try {
            int fixed = jdbc.update(RECONCILE);
            log.info("Batch {} reconciled {} stock rows", batchId, fixed);
            return fixed;
        } catch (DataAccessException ex) {
            log.error("Batch {} aborted: {}", batchId, ex.getMessage());
            return -1;
        }
    }
}
