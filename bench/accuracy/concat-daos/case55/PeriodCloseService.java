package concat.case55;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

public class PeriodCloseService {
    private static final String PROC = "billing.close_period";

    private final DataSource dataSource;

    public PeriodCloseService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void closePeriod(LocalDate periodEnd, String closedBy) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             CallableStatement cs = conn.prepareCall("{call " + PROC + "(?, ?)}")) { // sink
            cs.setDate(1, Date.valueOf(periodEnd));
            cs.setString(2, closedBy);
            cs.execute();
        }
    }
}
