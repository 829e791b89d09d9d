package eval5.case44;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class RevenueReportDao {

    @Autowired
    private NamedParameterJdbcTemplate namedJdbc;

    public List<Map<String, Object>> totals(String dimension, LocalDate from, LocalDate to) {
        String sql = "SELECT " + dimension + " AS bucket, SUM(r.net_amount) AS revenue, COUNT(*) AS orders"
                + " FROM revenue_lines r WHERE r.booked_on BETWEEN :from AND :to"
                + " GROUP BY " + dimension + " ORDER BY revenue DESC";
        var params = new MapSqlParameterSource().addValue("from", from).addValue("to", to);
        return namedJdbc.queryForList(sql, params); // sink
    }
}
