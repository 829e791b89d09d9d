package eval5.case31;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebServlet("/frontdesk/bookings")
public class GuestBookingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(GuestBookingsServlet.class);

    @Resource(lookup = "java:comp/env/jdbc/pms")
    private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String surname = req.getParameter("surname");
        if (surname == null || surname.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try (Connection con = dataSource.getConnection()) {
            List<BookingRow> rows = new GuestLookup(surname.trim()).upcoming(con);
            resp.setContentType("text/csv");
            for (BookingRow row : rows) {
                resp.getWriter().println(row.toCsv());
            }
        } catch (SQLException e) {
            log.error("booking lookup failed", e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    private List<BookingRow> bookings(Connection con, String condition) throws SQLException {
        String sql = "SELECT b.confirmation, b.room_type, b.arrival, b.departure FROM bookings b JOIN guests g ON g.id = b.guest_id"
                + " WHERE " + condition + " ORDER BY b.arrival";
        List<BookingRow> rows = new ArrayList<>();
        try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery(sql)) { // sink
            while (rs.next()) {
                rows.add(new BookingRow(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
            }
        }
        return rows;
    }

    private final class GuestLookup {

        private final String surname;

        GuestLookup(String surname) {
            this.surname = surname;
        }

        List<BookingRow> upcoming(Connection con) throws SQLException {
            return bookings(con, "upper(g.surname) = upper('" + surname + "') AND b.departure >= CURRENT_DATE");
        }
    }
}
