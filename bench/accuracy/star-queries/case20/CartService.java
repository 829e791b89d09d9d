package stars.case20;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

@Service
public class CartService {

    private static final Logger log = LoggerFactory.getLogger(CartService.class);

    private final JdbcTemplate jdbcTemplate;

    public CartService(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    public List<Long> selectAll(long cartId) {
        log.info("select * items from cart {}", cartId);
        return jdbcTemplate.queryForList(
                "SELECT product_id FROM cart_items WHERE cart_id = ?", Long.class, cartId);
    }
}
