// Batches built from concatenated SQL: Statement.addBatch in import loops and JdbcTemplate.batchUpdate with a dynamic table.
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

class PriceImportJob {

    private final DataSource dataSource;
    private final JdbcTemplate jdbcTemplate;

    PriceImportJob(DataSource dataSource, JdbcTemplate jdbcTemplate) {
        this.dataSource = dataSource;
        this.jdbcTemplate = jdbcTemplate;
    }

    void importPrices(Map<String, BigDecimal> pricesBySku) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, BigDecimal> entry : pricesBySku.entrySet()) {
                statement.addBatch("UPDATE products SET price = " + entry.getValue() + " WHERE sku = '" + entry.getKey() + "'");  // expect: sql-concatenation "from `entry.getValue()`"
            }
            statement.executeBatch();
        }
    }

    void dropStagingTables(List<String> tables) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.addBatch("DROP TABLE IF EXISTS " + table);  // expect: sql-concatenation "from `table`"
            }
            statement.addBatch("DELETE FROM import_runs WHERE finished = false");
            statement.executeBatch();
        }
    }

    int[] loadInto(String stagingTable, List<Object[]> rows) {
        return jdbcTemplate.batchUpdate("INSERT INTO " + stagingTable + " (sku, price) VALUES (?, ?)", rows);  // expect: sql-concatenation "from `stagingTable`"
    }
}
