package nulls.case47;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects links of the old shop (/p/{legacyId}) to the product pages of the new one.
 */
@WebServlet(urlPatterns = "/p/*")
public class LegacyLinkRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String FALLBACK = "/products";

    private final Map<String, String> productPathByLegacyId;

    public LegacyLinkRedirectServlet(Map<String, String> productPathByLegacyId) {
        this.productPathByLegacyId = Map.copyOf(productPathByLegacyId);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String legacyId = request.getPathInfo().substring(1); // deref
        String target = productPathByLegacyId.getOrDefault(legacyId, FALLBACK);
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + target);
    }
}
