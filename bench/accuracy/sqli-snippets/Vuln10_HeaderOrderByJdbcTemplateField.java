package eval.c10;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class Vuln10_HeaderOrderByJdbcTemplateField extends HttpServlet {

    private JdbcTemplate jdbcTemplate;

    @Override
    public void init() throws ServletException {
        try {
            DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/app");
            this.jdbcTemplate = new JdbcTemplate(ds);
        } catch (NamingException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String sort = request.getHeader("X-Sort-By");
        if (sort == null) {
            sort = "id";
        }
        String sql = "SELECT id, title, price FROM books ORDER BY " + sort;
        List<Map<String, Object>> rows = this.jdbcTemplate.queryForList(sql); // sink
        response.getWriter().println(rows.size());
    }
}
