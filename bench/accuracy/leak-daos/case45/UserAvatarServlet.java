package leak.case45;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class UserAvatarServlet extends HttpServlet {

    private static final String FIND_AVATAR =
            "SELECT content_type, image_bytes FROM user_avatars WHERE user_id = ?";

    private DataSource dataSource;

    @Override
    public void init() throws ServletException {
        dataSource = (DataSource) getServletContext().getAttribute("appDataSource");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String userId = req.getParameter("userId");
        if (userId == null || !userId.matches("\\d+")) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "userId must be numeric");
            return;
        }
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(FIND_AVATAR)) {
            ps.setLong(1, Long.parseLong(userId));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                resp.setContentType(rs.getString("content_type"));
                byte[] image = rs.getBytes("image_bytes");
                try (OutputStream out = resp.getOutputStream()) {
                    out.write(image);
                }
            }
        } catch (SQLException e) {
            throw new ServletException("Could not load avatar", e);
        }
    }
}
