package eval5.case51;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

public class TrackingEventDao {

    private final DataSource dataSource;

    public TrackingEventDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> eventsAfter(long shipmentId, long afterEventId) throws SQLException {
        String sql = "SELECT id, status_code, location FROM tracking_events WHERE shipment_id = " + shipmentId
                + " AND id > " + afterEventId + " ORDER BY id";
        List<String> events = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql); // sink
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(rs.getLong(1) + " " + rs.getString(2) + " @ " + rs.getString(3));
            }
        }
        return events;
    }
}
