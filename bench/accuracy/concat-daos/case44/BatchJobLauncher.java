package concat.case44;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

public class BatchJobLauncher {
    private final DataSource dataSource;

    public BatchJobLauncher(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void launch(String procedureName, long batchId) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             CallableStatement cs = conn.prepareCall("{call " + procedureName + "(?)}")) { // sink
            cs.setLong(1, batchId);
            cs.execute();
        }
    }
}
