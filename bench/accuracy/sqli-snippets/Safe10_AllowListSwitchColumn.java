package eval.c60;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class Safe10_AllowListSwitchColumn extends HttpServlet {

    private final JdbcTemplate jdbc;

    public Safe10_AllowListSwitchColumn(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String sort = request.getParameter("sort");
        String column;
        switch (sort == null ? "" : sort) {
            case "title":
                column = "title";
                break;
            case "price":
                column = "price_cents";
                break;
            case "date":
                column = "published_at";
                break;
            default:
                column = "id";
        }
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, title FROM books ORDER BY " + column); // sink
        response.getWriter().println(rows.size());
    }
}
