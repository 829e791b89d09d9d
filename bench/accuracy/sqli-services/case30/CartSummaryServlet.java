package eval2.case30;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small JSON endpoint used by the header mini-cart. */
public class CartSummaryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(CartSummaryServlet.class);
    private static final String CART_COOKIE = "cart_sid";

    private static final String CART_LINES =
            "SELECT l.sku, l.quantity, l.unit_price FROM cart_lines l "
            + "JOIN carts c ON c.id = l.cart_id WHERE c.session_token = :sid AND c.checked_out = false";

    private final transient JdbcClient jdbcClient;

    public CartSummaryServlet(JdbcClient jdbcClient) {
        this.jdbcClient = jdbcClient;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String sid = null;
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (CART_COOKIE.equals(c.getName())) {
                    sid = c.getValue();
                }
            }
        }
        resp.setContentType("application/json");
        if (sid == null || sid.isEmpty()) {
            resp.getWriter().write("{\"items\":0,\"total\":\"0.00\"}");
            return;
        }

        List<CartLine> lines = jdbcClient.sql(CART_LINES).param("sid", sid).query(CartLine.class).list(); // sink
        int items = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (CartLine line : lines) {
            items += line.quantity();
            total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        log.debug("mini-cart for session {}: {} items", sid, items);
        resp.getWriter().write("{\"items\":" + items + ",\"total\":\"" + total.setScale(2, RoundingMode.HALF_UP) + "\"}");
    }

    public record CartLine(String sku, int quantity, BigDecimal unitPrice) {
    }
}
