package eval5.case29;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/shop/cart")
public class CartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(CartServlet.class);
    private static final String CART_COOKIE = "CART_ID";

    @Resource(name = "jdbc/shop")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        UUID cartId = null;
        Cookie[] cookies = req.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (CART_COOKIE.equals(cookie.getName())) {
                    try {
                        cartId = UUID.fromString(cookie.getValue());
                    } catch (IllegalArgumentException e) {
                        log.warn("ignoring malformed cart cookie");
                    }
                }
            }
        }
        if (cartId == null) {
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }

        try {
            List<CartLineDao.CartLine> lines = new CartLineDao(dataSource).linesOf(cartId);
            resp.setContentType("text/plain");
            for (CartLineDao.CartLine line : lines) {
                resp.getWriter().printf("%s x%d%n", line.sku(), line.quantity());
            }
        } catch (SQLException e) {
            log.error("cart {} could not be loaded", cartId, e);
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
