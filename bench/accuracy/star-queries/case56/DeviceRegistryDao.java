package stars.case56;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class DeviceRegistryDao {

    private final JdbcTemplate jdbcTemplate;
    private final RowMapper<Device> mapper =
            (rs, n) -> new Device(rs.getString("serial"), rs.getString("firmware"));

    public DeviceRegistryDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Device> outdated(String firmware) {
        return jdbcTemplate.query("SELECT" // star
                        + " * FROM devices"
                        + " WHERE firmware <> ?",
                mapper, firmware);
    }

    public record Device(String serial, String firmware) {}
}
