package concat.case32;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

public class MeasurementPartitionMaintenance {
    private final DataSource dataSource;

    public MeasurementPartitionMaintenance(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void truncatePartition(String partitionSuffix) throws SQLException {
        final String partition = "measurements_" + partitionSuffix;
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            st.execute("TRUNCATE TABLE " + partition); // sink
        }
    }
}
