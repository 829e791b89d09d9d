// getSession(false), HttpSession.getAttribute and request attributes dereferenced without a check in a checkout servlet.
import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

class CheckoutServlet extends HttpServlet {

    record CartLine(String sku, int quantity) {
    }

    static final class ShoppingCart {
        private final List<CartLine> lines;

        ShoppingCart(List<CartLine> lines) {
            this.lines = lines;
        }

        List<CartLine> lines() {
            return lines;
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object stored = session.getAttribute("cart");  // expect: null-dereference "getSession("
        ShoppingCart cart = (ShoppingCart) stored;
        int items = cart.lines().size();  // expect: null-dereference "getAttribute("
        String tenant = request.getAttribute("tenantId").toString();  // expect: null-dereference "getAttribute("
        response.getWriter().printf("%s: %d items%n", tenant, items);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        String owner = (String) session.getAttribute("owner");
        response.getWriter().println(owner.toLowerCase());  // expect: null-dereference "getAttribute("
    }
}
