package eval5.case04;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MessageDao {

    @Resource(lookup = "java:app/jdbc/mail")
    DataSource dataSource;

    public int archive(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String sql = "UPDATE messages SET folder = 'ARCHIVE', archived_at = CURRENT_TIMESTAMP WHERE id IN (" + idList + ")";
        try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
            return st.executeUpdate(sql); // sink
        }
    }
}
