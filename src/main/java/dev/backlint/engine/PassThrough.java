package dev.backlint.engine;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.backlint.flow.constants.ConstantEvaluator;
import dev.backlint.flow.taint.Taint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Summaries of a type's methods for callers in other files: which parameters may reach
 * the returned value. Computed from the file alone (constants of other files are not
 * consulted), so a summary is a fact of its file like any other.
 */
final class PassThrough {

    /** Results that can carry text. */
    private static final Set<String> TEXT_RESULTS = Set.of("String", "CharSequence", "Object", "StringBuilder",
            "StringBuffer", "String[]", "java.lang.String");
    private static final ProjectIndex NOTHING_ELSE = new ProjectIndex(List.of(), file -> FileFacts.empty());

    private PassThrough() {
    }

    static Map<String, Integer> of(TypeDeclaration<?> type, FileFacts facts) {
        if (type == null) {
            return Map.of();
        }
        ConstantEvaluator constants = new ConstantEvaluator(NOTHING_ELSE, null, facts);
        Map<String, Integer> bits = new HashMap<>();
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (!(member instanceof MethodDeclaration method) || method.getBody().isEmpty()
                    || method.getParameters().isEmpty()
                    || !TEXT_RESULTS.contains(method.getType().asString())) {
                continue;
            }
            String key = method.getNameAsString() + "/" + method.getParameters().size();
            // cheap first: a parameter the body never names, or a body that returns only
            // literals, passes nothing on
            Set<String> named = new java.util.HashSet<>();
            method.getBody().get().walk(com.github.javaparser.ast.expr.NameExpr.class,
                    name -> named.add(name.getNameAsString()));
            boolean returnsComputed = method.getBody().get().findFirst(com.github.javaparser.ast.stmt.ReturnStmt.class,
                    ret -> ret.getExpression().filter(e -> !e.isLiteralExpr()).isPresent()).isPresent();
            int mine = 0;
            for (int i = 0; i < Math.min(31, method.getParameters().size()) && returnsComputed; i++) {
                Parameter parameter = method.getParameter(i);
                if (mayCarryText(parameter) && named.contains(parameter.getNameAsString())
                        && Taint.passesThrough(method, i, constants)) {
                    mine |= 1 << i;
                }
            }
            // overloads of one arity: a parameter counts only when every overload passes it on
            bits.merge(key, mine, (a, b) -> a & b);
        }
        bits.entrySet().removeIf(e -> e.getValue() == 0);
        return new TreeMap<>(bits);
    }

    private static boolean mayCarryText(Parameter parameter) {
        return !Taint.holdsNoText(parameter.getType());
    }
}
