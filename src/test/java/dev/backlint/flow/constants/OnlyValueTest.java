package dev.backlint.flow.constants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.engine.Parsing;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What a local stands for wherever it is read: its initialiser, when nothing changes it later. */
class OnlyValueTest {

    @Test
    void givesTheInitialiserOfLocalsNothingChanges() {
        CompilationUnit unit = new JavaParser(Parsing.configuration()).parse("""
                class Lookups {
                    String field = "f";
                    void run(String parameter, Rest rest) {
                        String id = rest.getId();
                        final String fixed = "x";
                        String reassigned = rest.getId();
                        reassigned = parameter;
                        int stepped = 1;
                        stepped++;
                        String declaredOnly;
                        declaredOnly = "late";
                        use(id);
                        use(fixed);
                        use(reassigned);
                        use(stepped);
                        use(declaredOnly);
                        use(parameter);
                        use(field);
                    }
                    void use(Object value) {}
                }
                """).getResult().orElseThrow();
        ConstantEvaluator constants = new ConstantEvaluator(null);
        Map<String, String> values = new TreeMap<>();
        for (MethodCallExpr use : unit.findAll(MethodCallExpr.class, call -> call.getNameAsString().equals("use"))) {
            NameExpr name = use.getArgument(0).asNameExpr();
            values.put(name.getNameAsString(), constants.onlyValue(name).map(Expression::toString).orElse("-"));
        }
        assertEquals(Map.of("id", "rest.getId()", "fixed", "\"x\"", "reassigned", "-", "stepped", "-",
                "declaredOnly", "-", "parameter", "-", "field", "-"), values);
    }
}
