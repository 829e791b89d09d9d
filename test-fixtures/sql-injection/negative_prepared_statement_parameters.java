// Request data used only as PreparedStatement parameters (setString, setLong) of constant SQL text.
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class AccountServlet extends HttpServlet {

    private final DataSource dataSource;

    AccountServlet(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String email = request.getParameter("email");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("SELECT id, name FROM accounts WHERE email = ?")) {
            ps.setString(1, email.trim().toLowerCase());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    response.getWriter().println(rs.getString("name"));
                }
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String sql = "UPDATE accounts SET display_name = ?, tenant = ? WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, request.getParameter("displayName"));
            ps.setString(2, request.getHeader("X-Tenant"));
            ps.setString(3, request.getPathInfo());
            response.setStatus(ps.executeUpdate() == 1 ? 204 : 404);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }
}
