// Uses Lombok (not on the javac classpath, left out of the javac run): an @Slf4j service whose catch logs only a message through the generated log field.
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Slf4j
@Service
@RequiredArgsConstructor
class LoyaltyPointsService {

    private final JdbcTemplate jdbcTemplate;

    void award(long customerId, int points) {
        try {
            jdbcTemplate.update("UPDATE loyalty_account SET points = points + ? WHERE customer_id = ?", points, customerId);
        } catch (DataAccessException e) { // expect: swallowed-exception "DataAccessException"
            log.error("Could not award {} points to customer {}", points, customerId);
        }
    }
}
