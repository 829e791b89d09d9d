package leak.case32;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

public class InvoicePdfServlet extends HttpServlet {

    private static final String FIND_PDF =
            "SELECT pdf_blob FROM invoice_documents WHERE invoice_id = ?";

    private DataSource dataSource;

    @Override
    public void init() throws ServletException {
        dataSource = (DataSource) getServletContext().getAttribute("appDataSource");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String idParam = req.getParameter("id");
        Connection conn = null;
        try {
            conn = dataSource.getConnection(); // leak
            if (idParam == null || idParam.isBlank()) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "id is required");
                return;
            }
            try (PreparedStatement ps = conn.prepareStatement(FIND_PDF)) {
                ps.setLong(1, Long.parseLong(idParam));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                    } else {
                        resp.setContentType("application/pdf");
                        try (InputStream in = rs.getBinaryStream(1); OutputStream out = resp.getOutputStream()) {
                            in.transferTo(out);
                        }
                    }
                }
            }
            conn.close();
        } catch (SQLException e) {
            if (conn != null) {
                try {
                    conn.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new ServletException("Could not load invoice document", e);
        }
    }
}
