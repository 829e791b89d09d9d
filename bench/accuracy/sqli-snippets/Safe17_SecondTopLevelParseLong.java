package eval.c67;

import java.io.IOException;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class Safe17_SecondTopLevelParseLong extends HttpServlet {

    private final JdbcTemplate jdbcTemplate;

    public Safe17_SecondTopLevelParseLong(DataSource dataSource) {
        this.jdbcTemplate = new JdbcTemplate(dataSource);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        long id = IdCodec.decode(request.getParameter("petId"));
        String sql = "SELECT id, name, species FROM pets WHERE id = " + id;
        Map<String, Object> pet = jdbcTemplate.queryForMap(sql); // sink
        response.getWriter().println(pet);
    }
}

class IdCodec {

    static long decode(String raw) {
        return Long.parseLong(raw.trim());
    }
}
