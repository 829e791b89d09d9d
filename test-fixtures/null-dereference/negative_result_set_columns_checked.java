// Nullable ResultSet columns checked before use in row mappers (ternaries, if blocks, instanceof on getObject), next to primitive getters that never return null.
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

class EmployeeRosterDao {

    record RosterEntry(long id, String nickname, BigDecimal hourlyRate, LocalDate leftOn, long managerId, int shiftCount) {
    }

    private final JdbcTemplate jdbcTemplate;

    EmployeeRosterDao(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    List<RosterEntry> roster(String site) {
        return jdbcTemplate.query(
                "SELECT id, nickname, hourly_rate, left_on, manager_id, shift_count FROM roster WHERE site = ?",
                this::mapEntry, site);
    }

    private RosterEntry mapEntry(ResultSet rs, int rowNum) throws SQLException {
        String nickname = rs.getString("nickname");
        BigDecimal rate = rs.getBigDecimal("hourly_rate");
        Date leftOn = rs.getDate("left_on");
        Object manager = rs.getObject("manager_id");
        long managerId = manager instanceof Number number ? number.longValue() : 0L;
        BigDecimal roundedRate = BigDecimal.ZERO;
        if (rate != null) {
            roundedRate = rate.setScale(2, RoundingMode.HALF_EVEN);
        }
        return new RosterEntry(
                rs.getLong("id"),
                nickname == null ? "" : nickname.trim(),
                roundedRate,
                leftOn != null ? leftOn.toLocalDate() : null,
                managerId,
                rs.getInt("shift_count"));
    }
}
