// A JDBC repository that handles errors by logging with the exception and rethrowing, never printing a stack trace.
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class CouponJdbcRepository {

    private static final Logger log = LoggerFactory.getLogger(CouponJdbcRepository.class);

    private final NamedParameterJdbcTemplate jdbc;

    CouponJdbcRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> discountPercent(String code) {
        var params = new MapSqlParameterSource("code", code);
        try {
            return Optional.ofNullable(jdbc.queryForObject(
                    "SELECT percent FROM coupons WHERE code = :code AND valid_until > CURRENT_DATE", params, Integer.class));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        } catch (DataAccessException e) {
            log.error("Coupon lookup for {} failed", code, e);
            throw e;
        }
    }
}
