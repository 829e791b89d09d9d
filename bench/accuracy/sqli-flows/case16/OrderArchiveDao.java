package eval5.case16;

import java.sql.SQLException;
import java.sql.Types;

import javax.sql.DataSource;

public class OrderArchiveDao {

    private final DataSource dataSource;

    public OrderArchiveDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int archiveClosedBefore(String cutoffDate) throws SQLException {
        String call = "{? = call archive_orders_closed_before(DATE '" + cutoffDate + "')}";
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareCall(call)) { // sink
            statement.registerOutParameter(1, Types.INTEGER);
            statement.execute();
            return statement.getInt(1);
        }
    }
}
