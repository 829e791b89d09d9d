package dev.backlint.rules.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.state.FieldWrites;
import dev.backlint.flow.state.FieldWrites.Site;
import dev.backlint.flow.state.FieldWrites.Touch;
import dev.backlint.models.SharedState;
import java.util.List;

/**
 * A static field that code outside static initialisation writes, or whose mutable value it
 * changes: every thread and request shares it.
 */
@RuleInfo(
        id = "mutable-static-field",
        summary = "A static field is written or changed outside static initialisation",
        level = Level.WARNING,
        tags = {"concurrency"},
        cwe = 362,
        precision = Precision.HIGH)
public final class MutableStaticField implements Rule {

    private static final int MAX_RELATED = 3;

    @Override
    public void register(Checks checks) {
        checks.on(VariableDeclarator.class, MutableStaticField::check);
    }

    private static void check(VariableDeclarator field, RuleContext context) {
        if (!(field.getParentNode().orElse(null) instanceof FieldDeclaration declaration) || isLogger(field)
                || field.getNameAsString().equals("serialVersionUID")) {
            return;
        }
        if (!FieldWrites.isStatic(field) || !FieldWrites.mayBeShared(field)) {
            return;
        }
        List<Site> sites = FieldWrites.sites(field);
        if (sites.isEmpty()) {
            return;
        }
        Type type = field.getType();
        String simple = FieldWrites.simpleName(type);
        boolean safe = SharedState.SAFE_PREFIXES.stream().anyMatch(simple::startsWith)
                || field.getInitializer().map(MutableStaticField::makesSafe).orElse(false);
        boolean mutable = !safe && (type.isArrayType() || SharedState.MUTABLE_TYPES.contains(simple)
                || field.getInitializer().map(FieldWrites::makesMutable).orElse(false)
                || field.getInitializer().isEmpty() && FieldWrites.givenMutable(field));
        boolean format = SharedState.FORMATS.contains(simple);
        boolean isFinal = declaration.isFinal();
        List<Site> counted = sites.stream().filter(site -> switch (site.touch()) {
            case ASSIGNED -> !isFinal && !(declaration.isVolatile() && FieldWrites.assignsConstant(site));
            case CHANGED -> mutable;
            case USED -> format;
        }).toList();
        if (counted.isEmpty() || FieldWrites.guardedByOneMonitor(counted)) {
            return;
        }
        Site first = counted.get(0);
        String how = switch (first.touch()) {
            case ASSIGNED -> "is written";
            case CHANGED -> "is changed";
            case USED -> "is used";
        };
        String where = first.method().isEmpty() ? "" : " in `" + first.method() + "()`";
        String why = format ? "a `" + simple + "` keeps its state while it works, so threads that share it corrupt"
                + " each other's results; make it a local, a `ThreadLocal`, or use `DateTimeFormatter`"
                : first.touch() == Touch.ASSIGNED ? "every thread and request shares it, so concurrent writes overwrite"
                        + " each other; keep the value per request, or use an `Atomic*` or a `volatile` constant flag"
                        : "every thread and request shares it, and its type is not safe to change from several"
                                + " threads; make it unmodifiable, use a concurrent type, or guard it";
        List<RuleContext.Related> related = counted.stream().limit(MAX_RELATED)
                .map(site -> new RuleContext.Related(site.node(), "here"))
                .toList();
        context.report(field, "static field `" + field.getNameAsString() + "` " + how + where
                + " [outside static initialisation](1): " + why, related);
    }


    private static boolean isLogger(VariableDeclarator field) {
        String type = FieldWrites.simpleName(field.getType());
        return type.equals("Logger") || type.equals("Log") || type.endsWith("Logger")
                || field.getInitializer().filter(init -> init instanceof MethodCallExpr call
                        && (call.getNameAsString().equals("getLogger") || call.getNameAsString().equals("getLog"))).isPresent();
    }

    /** An initialiser of a thread-safe or immutable value: {@code new ConcurrentHashMap<>()}, {@code List.of(..)}. */
    private static boolean makesSafe(Expression initialiser) {
        if (initialiser instanceof com.github.javaparser.ast.expr.ObjectCreationExpr creation) {
            String name = creation.getType().getNameAsString();
            return SharedState.SAFE_PREFIXES.stream().anyMatch(name::startsWith);
        }
        return initialiser instanceof MethodCallExpr call && (SharedState.IMMUTABLE_FACTORIES.contains(call.getNameAsString())
                || call.getNameAsString().startsWith("newConcurrent") || call.getNameAsString().equals("newKeySet"));
    }

}
