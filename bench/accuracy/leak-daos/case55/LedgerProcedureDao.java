package leak.case55;

import java.math.BigDecimal;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import javax.sql.DataSource;

public class LedgerProcedureDao {

    private static final String CLOSE_PERIOD = "{call ledger_close_period(?, ?)}";

    private final DataSource dataSource;

    public LedgerProcedureDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public BigDecimal closePeriod(LocalDate periodEnd) throws SQLException {
        try (Connection conn = dataSource.getConnection();
             CallableStatement cs = conn.prepareCall(CLOSE_PERIOD)) {
            cs.setDate(1, Date.valueOf(periodEnd));
            cs.registerOutParameter(2, Types.NUMERIC);
            cs.execute();
            return cs.getBigDecimal(2);
        }
    }
}
