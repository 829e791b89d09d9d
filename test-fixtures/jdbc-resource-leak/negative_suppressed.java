// Leaks kept on purpose and silenced: @SuppressWarnings("backlint:jdbc-resource-leak") on a method, // backlint:ignore on the line above and on the line.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

class EmbeddedCatalogBootstrap {

    private static final String CREATE_PRODUCTS = "CREATE TABLE products (id BIGINT PRIMARY KEY, sku VARCHAR(64))";

    private final String url;

    EmbeddedCatalogBootstrap(String url) {
        this.url = url;
    }

    // An in-memory H2 database is dropped when its last connection closes; this one is kept open for the JVM's lifetime.
    @SuppressWarnings("backlint:jdbc-resource-leak")
    void keepDatabaseAlive() throws SQLException {
        Connection keepAlive = DriverManager.getConnection(url);
        keepAlive.setReadOnly(true);
    }

    void createSchema() throws SQLException {
        // backlint:ignore jdbc-resource-leak -- same in-memory database: the schema must outlive this method
        Connection connection = DriverManager.getConnection(url);
        try (Statement st = connection.createStatement()) {
            st.execute(CREATE_PRODUCTS);
        }
    }

    boolean ping() throws SQLException {
        Connection connection = DriverManager.getConnection(url);  // backlint:ignore jdbc-resource-leak -- in-memory, see keepDatabaseAlive
        return connection.isValid(1);
    }
}
