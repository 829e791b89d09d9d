package dev.backlint.flow.state;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.backlint.api.TextFactKind;
import dev.backlint.engine.Parsing;
import dev.backlint.models.SharedState;
import dev.backlint.resolve.Expressions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which fields hold a concurrent map or set: declared as one ({@code ConcurrentMap}),
 * or declared {@code Map}/{@code Set} and given one, by their initialiser or by every
 * assignment the class makes to them ({@code this.seen = ConcurrentHashMap.newKeySet()}).
 * A {@code Collections.synchronized…} wrapper counts: its single calls are atomic too.
 */
public final class ConcurrentFields {

    /** What a concurrent field holds. */
    public enum Holds { MAP, SET }

    /** The fields of each type of a file that other files inherit, read from the file's text when asked. */
    static final TextFactKind<Map<String, Map<String, Holds>>> INHERITED = new TextFactKind<>() {
        @Override
        public String id() {
            return "state.concurrent-fields";
        }

        @Override
        public Map<String, Map<String, Holds>> extract(String text) {
            if (!text.contains("Concurrent") && !text.contains("synchronized") && !text.contains("newKeySet")
                    && !text.contains("CopyOnWrite")) {
                return Map.of();
            }
            Optional<CompilationUnit> parsed = Parsing.parse(text);
            if (parsed.isEmpty()) {
                return Map.of();
            }
            Map<String, Map<String, Holds>> found = new HashMap<>();
            for (TypeDeclaration<?> type : parsed.get().findAll(TypeDeclaration.class)) {
                Map<String, Holds> fields = new HashMap<>();
                for (FieldDeclaration field : type.getFields()) {
                    if (field.hasModifier(Modifier.Keyword.PRIVATE)) {
                        continue;
                    }
                    for (VariableDeclarator variable : field.getVariables()) {
                        holds(variable).ifPresent(holds -> fields.put(variable.getNameAsString(), holds));
                    }
                }
                if (!fields.isEmpty()) {
                    found.put(type.getNameAsString(), Map.copyOf(fields));
                }
            }
            return Map.copyOf(found);
        }
    };

    private ConcurrentFields() {
    }

    /** What the field holds, when it is a concurrent map or set. */
    public static Optional<Holds> holds(VariableDeclarator field) {
        Optional<Holds> declared = declared(FieldWrites.simpleName(field.getType()));
        if (declared.isPresent()) {
            return declared;
        }
        if (field.getInitializer().isPresent()) {
            return made(field.getInitializer().get());
        }
        // no initialiser: every assignment of the class gives it a concurrent one
        Optional<TypeDeclaration<?>> owner = field.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        String name = field.getNameAsString();
        List<AssignExpr> assignments = owner.get().findAll(AssignExpr.class, assign -> assign.getTarget() instanceof
                NameExpr simple && simple.getNameAsString().equals(name) || assign.getTarget() instanceof FieldAccessExpr
                target && target.getScope() instanceof ThisExpr && target.getNameAsString().equals(name));
        Holds holds = null;
        for (AssignExpr assign : assignments) {
            Optional<Holds> made = made(assign.getValue());
            if (made.isEmpty() || holds != null && holds != made.get()) {
                return Optional.empty();
            }
            holds = made.get();
        }
        return Optional.ofNullable(holds);
    }

    private static Optional<Holds> declared(String simpleName) {
        if (SharedState.CONCURRENT_MAPS.contains(simpleName)) {
            return Optional.of(Holds.MAP);
        }
        return SharedState.CONCURRENT_SETS.contains(simpleName) ? Optional.of(Holds.SET) : Optional.empty();
    }

    /** What a value holds when it makes a concurrent map or set: {@code new ConcurrentHashMap<>()}, {@code newKeySet()}. */
    static Optional<Holds> made(Expression value) {
        Expression inner = Expressions.unwrap(value);
        if (inner instanceof ObjectCreationExpr creation) {
            return creation.getAnonymousClassBody().isPresent() ? Optional.empty()
                    : declared(creation.getType().getNameAsString());
        }
        if (!(inner instanceof MethodCallExpr call)) {
            return Optional.empty();
        }
        String name = call.getNameAsString();
        if (SharedState.CONCURRENT_MAP_FACTORIES.contains(name)) {
            return Optional.of(Holds.MAP);
        }
        if (SharedState.CONCURRENT_SET_FACTORIES.contains(name)) {
            return Optional.of(Holds.SET);
        }
        if ((name.equals("newSetFromMap") || name.equals("synchronizedSet")) && call.getArguments().size() == 1) {
            return made(call.getArgument(0)).filter(holds -> holds == Holds.MAP).map(map -> Holds.SET);
        }
        return Optional.empty();
    }
}
