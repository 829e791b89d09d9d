// Servlet request parameters and headers dereferenced without a check in a HttpServlet: a method call on a parameter, on a header and on a var local.
import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class ProductListServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getParameter("page");
        int pageNumber = page.isBlank() ? 0 : Integer.parseInt(page);  // expect: null-dereference "getParameter("
        String auth = request.getHeader("Authorization");
        if (!auth.startsWith("Bearer ")) {  // expect: null-dereference "getHeader("
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        var accept = request.getHeader("Accept-Language");
        String language = accept.split(",")[0];  // expect: null-dereference "getHeader("
        response.getWriter().printf("page %d in %s%n", pageNumber, language);
    }
}
