package dev.backlint.models;

import dev.backlint.api.ModelOptions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The APIs that run SQL text: the receiver types and the methods whose first argument
 * is the query. Rules and flow analyses read this table; none hard-codes the APIs.
 */
public final class SqlSinks {

    /** A type whose listed methods take SQL text as their first argument. */
    public record Sink(String type, Set<String> methods) {
    }

    private static final Set<String> JDBC_TEMPLATE_METHODS = Set.of("query", "queryForObject", "queryForList",
            "queryForMap", "queryForRowSet", "queryForStream", "update", "execute", "batchUpdate");

    public static final List<Sink> SINKS = List.of(
            new Sink("java.sql.Statement",
                    Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch")),
            new Sink("java.sql.Connection", Set.of("prepareStatement", "prepareCall", "nativeSQL")),
            new Sink("org.springframework.jdbc.core.JdbcOperations", JDBC_TEMPLATE_METHODS),
            new Sink("org.springframework.jdbc.core.JdbcTemplate", JDBC_TEMPLATE_METHODS),
            new Sink("org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations", JDBC_TEMPLATE_METHODS),
            new Sink("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate", JDBC_TEMPLATE_METHODS),
            new Sink("org.springframework.jdbc.core.simple.JdbcClient", Set.of("sql")),
            new Sink("jakarta.persistence.EntityManager", Set.of("createQuery", "createNativeQuery")),
            new Sink("javax.persistence.EntityManager", Set.of("createQuery", "createNativeQuery")),
            new Sink("org.hibernate.Session", Set.of("createQuery", "createNativeQuery", "createSQLQuery",
                    "createSelectionQuery", "createMutationQuery")),
            new Sink("org.hibernate.SharedSessionContract", Set.of("createQuery", "createNativeQuery",
                    "createSQLQuery", "createSelectionQuery", "createMutationQuery")));

    /** Every sink method name, for a cheap first test of a call. */
    public static final Set<String> METHOD_NAMES = SINKS.stream()
            .flatMap(sink -> sink.methods().stream())
            .collect(Collectors.toUnmodifiableSet());

    private SqlSinks() {
    }

    /** Types whose listed methods take SQL text as their first argument in every overload. */
    public static final List<String> ALWAYS_TEXT = List.of("java.sql.Statement", "java.sql.Connection");

    /** The sink types that have a method of this name. */
    public static List<String> typesWithMethod(String method) {
        return SINKS.stream().filter(sink -> sink.methods().contains(method)).map(Sink::type).toList();
    }

    /**
     * Whether a receiver that may be of the types {@code typeNames} (qualified) runs SQL
     * text with {@code method}: a sink type with that method, or a JDBC statement subtype.
     */
    public static boolean runsSql(List<String> typeNames, String method) {
        for (Sink sink : SINKS) {
            if (sink.methods().contains(method) && (typeNames.contains(sink.type())
                    || sink.type().equals("java.sql.Statement") && (typeNames.contains("java.sql.PreparedStatement")
                    || typeNames.contains("java.sql.CallableStatement")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Like {@link #runsSql(List, String)}, counting also the methods the project's
     * configuration names as SQL sinks.
     */
    public static boolean runsSql(List<String> typeNames, String method, ModelOptions options) {
        if (runsSql(typeNames, method)) {
            return true;
        }
        for (ModelOptions.Method sink : ModelOptions.named(options.sqlSinks(), method)) {
            if (typeNames.contains(sink.type())) {
                return true;
            }
        }
        return false;
    }

    public static Optional<Sink> forType(String qualifiedName) {
        return SINKS.stream().filter(sink -> sink.type().equals(qualifiedName)).findFirst();
    }
}
