package leak.case25;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class ShipmentTrackingDao {

    private static final String FIND_SHIPMENT =
            "SELECT id, carrier, tracking_number FROM shipments WHERE order_id = ?";
    private static final String FIND_EVENTS =
            "SELECT status, location, occurred_at FROM shipment_events WHERE shipment_id = ? ORDER BY occurred_at";

    private final DataSource dataSource;

    public ShipmentTrackingDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<TrackingEvent> trackingHistory(long orderId) throws SQLException {
        List<TrackingEvent> events = new ArrayList<>();
        try (Connection conn = dataSource.getConnection()) {
            try (PreparedStatement shipmentPs = conn.prepareStatement(FIND_SHIPMENT)) {
                shipmentPs.setLong(1, orderId);
                try (ResultSet shipments = shipmentPs.executeQuery()) {
                    while (shipments.next()) {
                        long shipmentId = shipments.getLong("id");
                        String carrier = shipments.getString("carrier");
                        try (PreparedStatement eventPs = conn.prepareStatement(FIND_EVENTS)) {
                            eventPs.setLong(1, shipmentId);
                            try (ResultSet rs = eventPs.executeQuery()) {
                                while (rs.next()) {
                                    Timestamp at = rs.getTimestamp("occurred_at");
                                    events.add(new TrackingEvent(carrier, rs.getString("status"),
                                            rs.getString("location"), at.toInstant().toString()));
                                }
                            }
                        }
                    }
                }
            }
        }
        return events;
    }

    public record TrackingEvent(String carrier, String status, String location, String occurredAt) {
    }
}
