package eval.c23;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class Vuln23_HelperClassJdbcField extends HttpServlet {

    private final UserRepo repo;

    public Vuln23_HelperClassJdbcField(DataSource dataSource) {
        this.repo = new UserRepo(new JdbcTemplate(dataSource));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String email = request.getParameter("email");
        String sql = "UPDATE users SET newsletter = FALSE WHERE email = '" + email + "'";
        int updated = repo.jdbc.update(sql); // sink
        response.getWriter().println(updated);
    }
}

class UserRepo {

    final JdbcTemplate jdbc;

    UserRepo(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }
}
