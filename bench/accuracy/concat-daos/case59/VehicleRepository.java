package concat.case59;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class VehicleRepository {
    private static final RowMapper<Vehicle> MAPPER = (rs, i) -> new Vehicle(
            rs.getLong("id"), rs.getString("plate"), rs.getString("model"), rs.getLong("mileage"));

    private final JdbcTemplate jdbcTemplate;

    public VehicleRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Vehicle> list(FleetStatus status) {
        String sql = "SELECT id, plate, model, mileage FROM vehicles";
        if (status == FleetStatus.ACTIVE) {
            sql = sql + " WHERE retired_at IS NULL";
        } else if (status == FleetStatus.RETIRED) {
            sql = sql + " WHERE retired_at IS NOT NULL";
        }
        sql = sql + " ORDER BY plate";
        return jdbcTemplate.query(sql, MAPPER); // sink
    }

    public record Vehicle(long id, String plate, String model, long mileage) {
    }
}
