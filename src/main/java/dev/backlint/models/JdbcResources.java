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

        /** Statements and result sets are closed with the connection or statement that made them. */
        public boolean closedWithItsParent() {
            return !resource.equals("Connection");
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
