package nulls.case23;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

@WebServlet(urlPatterns = "/cart/add")
public class CartServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String CART_ATTRIBUTE = "shoppingCart";

    public static class ShoppingCart implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Map<String, Integer> lines = new LinkedHashMap<>();

        public void add(String sku, int quantity) {
            lines.merge(sku, quantity, Integer::sum);
        }

        public int size() {
            return lines.size();
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String sku = request.getParameter("sku");
        if (sku == null || sku.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "sku is required");
            return;
        }
        HttpSession session = request.getSession(false);
        ShoppingCart cart = (ShoppingCart) session.getAttribute(CART_ATTRIBUTE); // deref
        if (cart == null) {
            cart = new ShoppingCart();
            session.setAttribute(CART_ATTRIBUTE, cart);
        }
        cart.add(sku.strip(), 1);
        response.sendRedirect(request.getContextPath() + "/cart");
    }
}
