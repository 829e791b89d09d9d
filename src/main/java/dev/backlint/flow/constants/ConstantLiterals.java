package dev.backlint.flow.constants;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.backlint.api.SourceRange;
import dev.backlint.api.TextFactKind;
import dev.backlint.engine.Parsing;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a file's constants write their text: the literal each {@code final} field of its
 * classes is initialised with (under {@code getBytes()} or {@code toCharArray()} too), read
 * when a finding of another file belongs at the literal rather than at the constant's use.
 */
public final class ConstantLiterals implements TextFactKind<Map<String, Map<String, SourceRange>>> {

    public static final ConstantLiterals KIND = new ConstantLiterals();

    private ConstantLiterals() {
    }

    @Override
    public String id() {
        return "constants.literal-places";
    }

    @Override
    public Map<String, Map<String, SourceRange>> extract(String text) {
        Optional<CompilationUnit> parsed = Parsing.parse(text);
        if (parsed.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, SourceRange>> classes = new HashMap<>();
        for (TypeDeclaration<?> type : parsed.get().findAll(TypeDeclaration.class)) {
            Map<String, SourceRange> places = new HashMap<>();
            boolean constants = type.isClassOrInterfaceDeclaration()
                    && type.asClassOrInterfaceDeclaration().isInterface();
            for (FieldDeclaration field : type.getFields()) {
                if (!field.isFinal() && !constants) {
                    continue;
                }
                for (VariableDeclarator variable : field.getVariables()) {
                    variable.getInitializer().map(ConstantLiterals::literal).flatMap(l -> l == null
                            ? Optional.empty() : l.getRange())
                            .ifPresent(range -> places.put(variable.getNameAsString(), SourceRange.of(range)));
                }
            }
            if (!places.isEmpty()) {
                classes.put(type.getNameAsString(), Map.copyOf(places));
            }
        }
        return Map.copyOf(classes);
    }

    private static Expression literal(Expression initializer) {
        Expression e = initializer;
        while (e instanceof MethodCallExpr call && call.getScope().isPresent() && call.getArguments().size() <= 1
                && (call.getNameAsString().equals("getBytes") || call.getNameAsString().equals("toCharArray"))) {
            e = call.getScope().get();
        }
        return e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr ? e : null;
    }
}
