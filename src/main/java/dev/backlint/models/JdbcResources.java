package dev.backlint.models;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JDBC calls that hand out a resource the caller must close, by the receiver's type. */
public final class JdbcResources {

    /**
     * One acquiring call.
     *
     * @param method       the method name
     * @param receivers    the types whose instances have it
     * @param staticOwners the classes that have it as a static method
     * @param resource     what it returns: Connection, Statement, PreparedStatement, CallableStatement or ResultSet
     */
    public record Acquisition(String method, List<String> receivers, List<String> staticOwners, String resource) {

        /**
         * A result set is closed with the statement that made it (JDBC guarantees it). A
         * statement is not reliably closed with its connection: a pooled connection goes
         * back to the pool with its statements, and their cursors, still open.
         */
        public boolean closedWithItsParent() {
            return resource.equals("ResultSet");
        }

        public boolean isConnection() {
            return resource.equals("Connection");
        }
    }

    private static final List<String> STATEMENTS = List.of("java.sql.Statement", "java.sql.PreparedStatement",
            "java.sql.CallableStatement");

    public static final List<Acquisition> ACQUISITIONS = List.of(
            new Acquisition("getConnection", List.of("javax.sql.DataSource"), List.of("java.sql.DriverManager"),
                    "Connection"),
            new Acquisition("createStatement", List.of("java.sql.Connection"), List.of(), "Statement"),
            new Acquisition("prepareStatement", List.of("java.sql.Connection"), List.of(), "PreparedStatement"),
            new Acquisition("prepareCall", List.of("java.sql.Connection"), List.of(), "CallableStatement"),
            new Acquisition("executeQuery", STATEMENTS, List.of(), "ResultSet"),
            new Acquisition("getGeneratedKeys", STATEMENTS, List.of(), "ResultSet"),
            new Acquisition("getResultSet", STATEMENTS, List.of(), "ResultSet"));

    private static final Map<String, Acquisition> BY_METHOD = Map.copyOf(ACQUISITIONS.stream()
            .collect(java.util.stream.Collectors.toMap(Acquisition::method, a -> a)));

    private JdbcResources() {
    }

    public static Optional<Acquisition> byMethod(String method) {
        return Optional.ofNullable(BY_METHOD.get(method));
    }
}
