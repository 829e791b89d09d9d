package eval5.case09;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

public class TicketDao {

    private final DataSource dataSource;

    public TicketDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> search(ListingParams params) throws SQLException {
        String sql = "SELECT t.reference, t.title FROM tickets t WHERE t.status <> 'CLOSED'"
                + " AND lower(t.title) LIKE ? ORDER BY " + params.orderBy();
        List<String> result = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(sql)) { // sink
            ps.setString(1, "%" + params.search().toLowerCase() + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString("reference") + "  " + rs.getString("title"));
                }
            }
        }
        return result;
    }
}
