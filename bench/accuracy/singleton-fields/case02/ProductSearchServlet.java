// Product search servlet of the legacy storefront: reads its page size and catalog in
// init() and keeps the search term around for the "did you mean" hint.
package singletons.case02;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/search", loadOnStartup = 1)
public class ProductSearchServlet extends HttpServlet {

    private transient ProductCatalog catalog;
    private int pageSize;
    private String lastSearchTerm; // shared

    @Override
    public void init() throws ServletException {
        pageSize = Integer.parseInt(Objects.requireNonNullElse(getInitParameter("pageSize"), "24"));
        catalog = (ProductCatalog) getServletContext().getAttribute(ProductCatalog.class.getName());
        if (catalog == null) {
            throw new ServletException("no ProductCatalog in the servlet context");
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        lastSearchTerm = Optional.ofNullable(req.getParameter("q")).map(String::strip).orElse("");
        List<ProductCatalog.Hit> hits = catalog.search(lastSearchTerm, pageSize);

        resp.setContentType("text/html;charset=UTF-8");
        try (PrintWriter out = resp.getWriter()) {
            out.println("<ul class=\"results\">");
            for (ProductCatalog.Hit hit : hits) {
                out.printf("<li><a href=\"/p/%s\">%s</a> %s</li>%n", hit.sku(), escape(hit.title()), hit.price());
            }
            out.println("</ul>");
            if (hits.isEmpty()) {
                out.printf("<p>No results for <q>%s</q>. Did you mean <q>%s</q>?</p>%n",
                        escape(lastSearchTerm), escape(catalog.suggest(lastSearchTerm)));
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
