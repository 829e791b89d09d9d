package stars.case43;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ReservationDao {

    private final NamedParameterJdbcTemplate named;

    public ReservationDao(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    public List<Map<String, Object>> between(long roomId, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("room", roomId)
                .addValue("from", from)
                .addValue("to", to);
        return named.queryForList(
                "SELECT * FROM reservations WHERE room_id = :room AND day BETWEEN :from AND :to", // star
                params);
    }
}
