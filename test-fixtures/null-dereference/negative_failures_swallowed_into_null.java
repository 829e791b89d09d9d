// A method that returns null only from a handler of an infrastructure failure (a database or I/O error it logs and swallows): its callers' dereferences are not reported; the swallowed failure is the problem, and the exception rules own it. A handler of malformed input is different: see positive_method_returning_null.java.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

class RequestContexts {

    private final DataSource dataSource;

    RequestContexts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Connection obtain() {
        try {
            return this.dataSource.getConnection();
        } catch (SQLException e) {
            System.err.println("unable to open a connection: " + e);
            return null;
        }
    }

    String catalog() throws SQLException {
        Connection connection = obtain();
        return connection.getCatalog();
    }

    String template(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    int templateLength(Path path) {
        return template(path).length();
    }
}
