package eval.c17;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class Vuln17_SecondTopLevelBuilder extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    public Vuln17_SecondTopLevelBuilder(DataSource dataSource) {
        this.jdbcTemplate = new JdbcTemplate(dataSource);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String owner = request.getParameter("owner");
        String sql = QueryBuilder.petsOwnedBy(owner);
        List<Map<String, Object>> pets = jdbcTemplate.queryForList(sql); // sink
        response.getWriter().println(pets);
    }
}

class QueryBuilder {

    static String petsOwnedBy(String owner) {
        return "SELECT p.id, p.name FROM pets p JOIN owners o ON o.id = p.owner_id"
                + " WHERE o.last_name = '" + owner + "'";
    }
}
