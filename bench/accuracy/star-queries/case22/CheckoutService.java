package stars.case22;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class CheckoutService {

    private final JdbcTemplate jdbcTemplate;

    public CheckoutService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public void checkout(long cartId, boolean locked) {
        if (locked) {
            throw new IllegalStateException("Cannot select * items from a locked cart: " + cartId);
        }
        jdbcTemplate.update("UPDATE carts SET checked_out_at = now() WHERE id = ?", cartId);
    }
}
