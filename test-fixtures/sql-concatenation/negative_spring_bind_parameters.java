// Spring binds: JdbcTemplate ? with args (a LIKE value concatenated into an argument), :named with a map or source, IN (:ids), JdbcClient.param.
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class BookingRepository {

    record Booking(long id, long roomId, String guestName) {}

    private final JdbcTemplate jdbcTemplate;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final JdbcClient jdbcClient;

    BookingRepository(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate namedJdbc, JdbcClient jdbcClient) {
        this.jdbcTemplate = jdbcTemplate;
        this.namedJdbc = namedJdbc;
        this.jdbcClient = jdbcClient;
    }

    Optional<Booking> findById(long id) {
        return jdbcTemplate.query("SELECT id, room_id, guest_name FROM bookings WHERE id = ?", this::mapBooking, id)
                .stream().findFirst();
    }

    List<Map<String, Object>> guestsNamed(String prefix) {
        return jdbcTemplate.queryForList("SELECT id, guest_name FROM bookings WHERE guest_name LIKE ?", prefix + "%");
    }

    List<Booking> forRoom(long roomId, String status) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("roomId", roomId)
                .addValue("status", status);
        return namedJdbc.query(
                "SELECT id, room_id, guest_name FROM bookings WHERE room_id = :roomId AND status = :status",
                params, this::mapBooking);
    }

    int cancelAll(Collection<Long> ids, String reason) {
        return namedJdbc.update("UPDATE bookings SET status = 'CANCELLED', cancel_reason = :reason WHERE id IN (:ids)",
                Map.of("ids", ids, "reason", reason));
    }

    Optional<Booking> byReference(String reference) {
        return jdbcClient.sql("SELECT id, room_id, guest_name FROM bookings WHERE reference = :reference")
                .param("reference", reference)
                .query(Booking.class)
                .optional();
    }

    private Booking mapBooking(ResultSet rs, int rowNum) throws SQLException {
        return new Booking(rs.getLong("id"), rs.getLong("room_id"), rs.getString("guest_name"));
    }
}
