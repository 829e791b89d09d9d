package leak.case33;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

public class AppointmentSlotDao {

    private static final String SLOTS_FOR_DAY =
            "SELECT slot_label, booked FROM appointment_slots WHERE doctor_id = ? AND slot_date = ? ORDER BY starts_at";

    private final DataSource dataSource;

    public AppointmentSlotDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> findFirstAvailableSlot(long doctorId, LocalDate day) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(SLOTS_FOR_DAY)) {
            ps.setLong(1, doctorId);
            ps.setDate(2, Date.valueOf(day));
            ResultSet rs = ps.executeQuery(); // leak
            while (rs.next()) {
                if (rs.getInt("booked") == 0) {
                    return Optional.of(rs.getString("slot_label"));
                }
            }
            rs.close();
            return Optional.empty();
        }
    }
}
