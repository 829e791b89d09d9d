package eval5.case14;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class AirportLookupDao extends AbstractLookupDao<AirportLookupDao.Airport> {

    public AirportLookupDao(JdbcTemplate jdbcTemplate) {
        super(jdbcTemplate);
    }

    @Override
    protected String selectClause() {
        return "SELECT a.iata_code, a.name, a.city FROM airports a";
    }

    @Override
    protected String prefixCondition() {
        return "(a.iata_code LIKE ? ) AND a.scheduled_service = 'yes'";
    }

    @Override
    protected RowMapper<Airport> rowMapper() {
        return (rs, n) -> new Airport(rs.getString("iata_code"), rs.getString("name"), rs.getString("city"));
    }

    public record Airport(String iataCode, String name, String city) {
    }
}
