package eval.c52;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class Safe02_JdbcTemplateBindArgs extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    public Safe02_JdbcTemplateBindArgs(DataSource dataSource) {
        this.jdbcTemplate = new JdbcTemplate(dataSource);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String city = request.getParameter("city");
        String category = request.getParameter("category");
        String sql = "SELECT id, name FROM shops WHERE city = ? AND category = ?";
        List<Map<String, Object>> rows = jdbcTemplate.queryForList(sql, city, category); // sink
        response.getWriter().println(rows);
    }
}
