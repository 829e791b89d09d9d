package com.tidewater.fulfillment;

import com.tidewater.fulfillment.labels.LabelPrinter;
import com.tidewater.fulfillment.labels.LabelPrinter.ShippingLabel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

@Service
public class FulfillmentService {

    private static final Logger log = LoggerFactory.getLogger(FulfillmentService.class);

    private final JdbcTemplate jdbc;
    private final LabelPrinter labelPrinter;

    public FulfillmentService(JdbcTemplate jdbc, LabelPrinter labelPrinter) {
        this.jdbc = jdbc;
        this.labelPrinter = labelPrinter;
    }

    @Transactional
    public void packAndLabel(long orderId, String packingStation) {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT o.tracking_number, c.full_name, a.line1, a.postal_code, a.city, a.country
                FROM orders o
                JOIN customers c ON c.id = o.customer_id
                JOIN addresses a ON a.id = o.shipping_address_id
                WHERE o.id = ?
                """, orderId);
        var label = new ShippingLabel(
                (String) row.get("tracking_number"),
                (String) row.get("full_name"),
                row.get("line1") + "\n" + row.get("postal_code") + " " + row.get("city"),
                (String) row.get("country"));
        labelPrinter.print(label, packingStation);
        jdbc.update("UPDATE orders SET status = 'PACKED' WHERE id = ?", orderId);
        log.info("Order {} packed at station {}", orderId, packingStation);
    }
}
