package concat.case42;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class StagingCleaner {
    private final DataSource dataSource;

    public StagingCleaner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long clearTempTables() throws SQLException {
        long total = 0;
        try (Connection conn = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = conn.getMetaData().getTables(null, "staging", "tmp_%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            try (Statement st = conn.createStatement()) {
                for (String table : tables) {
                    total += st.executeLargeUpdate("DELETE FROM staging." + table); // sink
                }
            }
        }
        return total;
    }
}
