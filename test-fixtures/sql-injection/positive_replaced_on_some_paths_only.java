// Request data replaced by a constant on some paths only: a default for a missing value, a branch the client chooses, a loop that may not run, a catch that may not be reached.
import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.JdbcTemplate;

class CatalogueSortServlet extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    CatalogueSortServlet(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sort = request.getHeader("X-Sort-By");
        if (sort == null) {
            sort = "id";
        }
        List<Map<String, Object>> rows = jdbcTemplate.queryForList("SELECT id, title FROM books ORDER BY " + sort);  // expect: sql-injection "`getHeader(..)`"
        response.getWriter().println(rows.size());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String shelf = request.getParameter("shelf");
        boolean useDefault = Boolean.parseBoolean(request.getParameter("default"));
        if (useDefault) {
            shelf = "general";
        }
        int moved = jdbcTemplate.update("UPDATE books SET shelf = '" + shelf + "' WHERE shelf IS NULL");  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(moved);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String genre = request.getParameter("genre");
        for (String known : List.of("crime", "poetry")) {
            if (known.equalsIgnoreCase(genre)) {
                genre = known;
            }
        }
        int tagged = jdbcTemplate.update("UPDATE books SET genre = '" + genre + "'");  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(tagged);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String author = request.getParameter("author");
        try {
            author = normalised(author);
        } catch (IllegalArgumentException e) {
            response.sendError(400);
        }
        int removed = jdbcTemplate.update("DELETE FROM books WHERE author = '" + author + "'");  // expect: sql-injection "`getParameter(..)`"
        response.getWriter().println(removed);
    }

    private static String normalised(String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("no author");
        }
        return name.strip();
    }
}
