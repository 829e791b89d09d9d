package eval5.case13;

import java.sql.SQLException;

import javax.sql.DataSource;

public class DatabaseProbe {

    private static final String PROBE = "SELECT version(), (SELECT count(*) FROM pg_stat_activity)";

    private final DataSource dataSource;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Status probe() throws SQLException {
        try (var con = dataSource.getConnection();
             var st = con.createStatement();
             var rs = st.executeQuery(PROBE)) { // sink
            rs.next();
            return new Status(rs.getString(1), rs.getInt(2));
        }
    }

    public record Status(String version, int sessions) {
    }
}
