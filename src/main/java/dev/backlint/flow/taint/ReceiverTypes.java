package dev.backlint.flow.taint;

import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.Map;
import java.util.Optional;

/**
 * The type of a receiver as the file writes it, read from the syntax alone (what a fact
 * may rely on): a declared variable, a {@code var} local typed by its initialiser, the
 * declared return type of a method of the class, and the JDBC, Spring and Hibernate
 * calls that hand out the objects that run SQL.
 */
final class ReceiverTypes {

    private static final int MAX_DEPTH = 6;

    /** Calls that hand out an object that runs SQL, by name, whatever their receiver. */
    private static final Map<String, String> HANDED_OUT = Map.of(
            "getConnection", "java.sql.Connection",
            "createStatement", "java.sql.Statement",
            "prepareStatement", "java.sql.PreparedStatement",
            "prepareCall", "java.sql.CallableStatement",
            "getJdbcTemplate", "org.springframework.jdbc.core.JdbcTemplate",
            "getJdbcOperations", "org.springframework.jdbc.core.JdbcOperations",
            "getNamedParameterJdbcTemplate", "org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate",
            "getCurrentSession", "org.hibernate.Session",
            "openSession", "org.hibernate.Session",
            "createEntityManager", "EntityManager");

    private ReceiverTypes() {
    }

    /** The written type (simple, dotted or qualified) of the receiver, without type arguments. */
    static Optional<String> written(Expression receiver) {
        return written(receiver, 0);
    }

    private static Optional<String> written(Expression receiver, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (receiver instanceof EnclosedExpr enclosed) {
            return written(enclosed.getInner(), depth + 1);
        }
        Optional<String> declared = DeclaredTypes.writtenTypeOf(receiver);
        if (declared.isPresent()) {
            return declared;
        }
        if (receiver instanceof NameExpr name) {
            // var: the type of what initialises it
            return Scopes.of(name).filter(d -> d.writtenType().isEmpty())
                    .flatMap(Scopes.Declaration::declarator)
                    .flatMap(d -> d.getInitializer())
                    .flatMap(initializer -> written(initializer, depth + 1));
        }
        if (receiver instanceof MethodCallExpr call) {
            Optional<Type> returned = DeclaredTypes.returnTypeOf(call);
            if (returned.isEmpty()) {
                returned = DeclaredTypes.returnTypeOfCallOnThisFileType(call);
            }
            if (returned.isPresent()) {
                return returned.filter(Type::isClassOrInterfaceType)
                        .map(type -> type.asClassOrInterfaceType().getNameWithScope());
            }
            return Optional.ofNullable(HANDED_OUT.get(call.getNameAsString()));
        }
        return Optional.empty();
    }
}
