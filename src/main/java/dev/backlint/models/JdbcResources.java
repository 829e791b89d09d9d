package dev.backlint.models;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JDBC calls that hand out a resource the caller must close, by the receiver's type. */
public final class JdbcResources {

    /**
     * One acquiring call.
     *
     * @param method    the method name
     * @param receivers the receiver types that have it ({@code java.sql.DriverManager} is called statically)
     * @param resource  what it returns: Connection, Statement or ResultSet
     */
    public record Acquisition(String method, List<String> receivers, String resource) {

        /**
         * A result set is closed with the statement that made it (JDBC guarantees it). A
         * statement is not reliably closed with its connection: a pooled connection goes
         * back to the pool with its statements, and their cursors, still open.
         */
        public boolean closedWithItsParent() {
            return resource.equals("ResultSet");
        }
    }

    private static final List<String> STATEMENTS = List.of("java.sql.Statement", "java.sql.PreparedStatement",
            "java.sql.CallableStatement");

    private static final Map<String, Acquisition> BY_METHOD = Map.of(
            "getConnection", new Acquisition("getConnection", List.of("javax.sql.DataSource", "java.sql.DriverManager"),
                    "Connection"),
            "createStatement", new Acquisition("createStatement", List.of("java.sql.Connection"), "Statement"),
            "prepareStatement", new Acquisition("prepareStatement", List.of("java.sql.Connection"), "PreparedStatement"),
            "prepareCall", new Acquisition("prepareCall", List.of("java.sql.Connection"), "CallableStatement"),
            "executeQuery", new Acquisition("executeQuery", STATEMENTS, "ResultSet"),
            "getGeneratedKeys", new Acquisition("getGeneratedKeys", STATEMENTS, "ResultSet"),
            "getResultSet", new Acquisition("getResultSet", STATEMENTS, "ResultSet"));

    private JdbcResources() {
    }

    public static Optional<Acquisition> byMethod(String method) {
        return Optional.ofNullable(BY_METHOD.get(method));
    }
}
