package leak.case34;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Command-line tool that prints the applied schema migrations.
 */
public final class SchemaVersionTool {

    private static final String APPLIED_MIGRATIONS =
            "SELECT version, description, installed_on FROM schema_history ORDER BY installed_rank";

    private SchemaVersionTool() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: SchemaVersionTool <jdbc-url> <user> <password>");
            System.exit(2);
        }
        try (Connection conn = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(APPLIED_MIGRATIONS)) {
            while (rs.next()) {
                System.out.printf("%-10s %-40s %s%n",
                        rs.getString("version"), rs.getString("description"), rs.getTimestamp("installed_on"));
            }
        }
    }
}
